import { afterEach, describe, expect, it } from 'vitest';
import {
  calloutRow,
  type HostileTencentServer,
  hostileTencentAccount,
  hostileTencentEnv,
  type ReceivedRequest,
  type Reply,
  startHostileTencentServer,
} from './support/hostile-tencent-server.js';
import { type RunResult, runCallroll } from './support/run-callroll.js';
import { echoForms, leaks, recoverableLeaks, secretForms } from './support/secret-forms.js';

// Issue 4 end to end: the built callroll pointed at a Tencent-shaped server that echoes what it
// received (the request's headers with X-TC-Signature, in every encoding) and the account's
// SecretKey, in its error messages and in the names of the rows it lists. Nothing callroll prints,
// with or without --verbose, may hold a form of either.

const meetingId = '1234567890123';
const { secretKey } = hostileTencentAccount;

let server: HostileTencentServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function echoOf(request: ReceivedRequest): string {
  const signature = request.headers['x-tc-signature'] ?? '(no signature)';
  const headers = JSON.stringify(request.headers);
  return [
    `you sent ${request.method} ${request.path}`,
    `headers ${headers}`,
    `headers URL-encoded ${encodeURIComponent(headers)}`,
    `headers hex ${Buffer.from(headers, 'utf8').toString('hex')}`,
    echoForms('X-TC-Signature', signature),
    echoForms('SecretKey', secretKey),
  ].join(' ; ');
}

async function run(
  reply: (request: ReceivedRequest) => Reply,
  extra: readonly string[],
): Promise<{ result: RunResult; at: HostileTencentServer }> {
  const at = await startHostileTencentServer(reply);
  server = at;
  const result = await runCallroll(['phones', '-p', 'tencent', ...extra, meetingId], {
    env: hostileTencentEnv(at),
  });
  return { result, at };
}

/** Neither stream holds a form of the SecretKey or of any signature the server received. */
function expectNoSecret(result: RunResult, at: HostileTencentServer): void {
  const signatures = at.requests.map((request) => request.headers['x-tc-signature'] ?? '');
  expect(signatures.length).toBeGreaterThan(0);
  expect(signatures.every((signature) => signature.length > 40)).toBe(true);
  const secrets = { SecretKey: [secretKey], 'X-TC-Signature': signatures };
  const texts = { stdout: result.stdout, stderr: result.stderr };
  expect([...leaks(texts, secrets), ...recoverableLeaks(texts, secrets)]).toEqual([]);
}

describe.each([
  { mode: 'without --verbose', extra: [] as string[] },
  { mode: 'with --verbose', extra: ['--verbose'] },
])('callroll phones against a server that echoes its secrets, $mode', ({ extra }) => {
  it('an error message echoing them: exit 9 (provider error), the message passed on, no secret form', async () => {
    const { result, at } = await run(
      (request) => ({
        status: 400,
        body: { error_info: { error_code: 4_242_424, message: echoOf(request) } },
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
      (request) => ({ body: { error_info: { error_code: 200_003, message: echoOf(request) } } }),
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
