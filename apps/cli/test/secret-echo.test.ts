import {
  allLeaks,
  calloutRow,
  type HostileServer,
  hostileSession,
  hostileTencentAccount,
  type ReceivedRequest,
  type Reply,
  secretForms,
  tencentEchoOf,
  tencentSecretsOf,
} from '@callroll/test-support';
import { describe, expect, it } from 'vitest';
import { phonesAgainst } from './support/hostile-tencent-run.js';
import type { RunResult } from './support/run-callroll.js';

// Issue 4 end to end: the built callroll pointed at a Tencent-shaped server that echoes what it
// received (the request's headers with X-TC-Signature, in every encoding) and the account's
// SecretKey, in its error messages and in the names of the rows it lists. Nothing callroll prints,
// with or without --verbose, may hold a form of either.

const meetingId = '1234567890123';
const { secretKey } = hostileTencentAccount;

const session = hostileSession();

function run(
  reply: (request: ReceivedRequest) => Reply,
  extra: readonly string[],
): Promise<{ result: RunResult; at: HostileServer }> {
  return phonesAgainst(session, reply, meetingId, extra);
}

/** Neither stream holds a form of the SecretKey or of any signature the server received. */
function expectNoSecret(result: RunResult, at: HostileServer): void {
  expect(allLeaks({ stdout: result.stdout, stderr: result.stderr }, tencentSecretsOf(at))).toEqual([]);
}

describe.each([
  { mode: 'without --verbose', extra: [] as string[] },
  { mode: 'with --verbose', extra: ['--verbose'] },
])('callroll phones against a server that echoes its secrets, $mode', ({ extra }) => {
  it('an error message echoing them: exit 9 (provider error), the message passed on, no secret form', async () => {
    const { result, at } = await run(
      (request) => ({
        status: 400,
        body: { error_info: { error_code: 4_242_424, message: tencentEchoOf(request) } },
      }),
      extra,
    );
    expect(result.code).toBe(9);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('answered with an error 4242424');
    expect(result.stderr).toContain('you sent GET');
    expect(result.stderr).toContain('[REDACTED]');
    if (extra.includes('--verbose')) expect(result.stderr).toContain('X-TC-Signature: [REDACTED]');
    expect(at.requests).toHaveLength(1);
    expectNoSecret(result, at);
  });

  it('a credentials refusal echoing them: exit 4, no secret form', async () => {
    const { result, at } = await run(
      (request) => ({ body: { error_info: { error_code: 200_003, message: tencentEchoOf(request) } } }),
      extra,
    );
    expect(result.code).toBe(4);
    expectNoSecret(result, at);
  });

  it('names and statuses echoing every form of them: exit 0, the rows written, no secret form', async () => {
    const { result, at } = await run((request) => {
      const signature = request.headers['x-tc-signature'] ?? '';
      const echoes = [...secretForms(signature).values(), ...secretForms(secretKey).values()];
      return {
        body: {
          meeting_id: meetingId,
          phone_numbers: echoes.map((echo, index) =>
            calloutRow(`id-${index}-${echo}`, { nick_name: echo, status: `S ${echo}` }),
          ),
          total_count: echoes.length,
          total_page: 1,
        },
      };
    }, extra);
    expect(result.code).toBe(0);
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(18);
    expect(rows.every((row) => row.name === '[REDACTED]')).toBe(true);
    expectNoSecret(result, at);
  });
});
