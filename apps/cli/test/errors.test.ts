import { type ReferenceServer, referenceMeetingIds, startReferenceServer } from '@callroll/core/reference';
import type { Emulator } from '@callroll/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referencePlugin, writeConfig } from './support/config-file.js';
import { type RunResult, runCallroll } from './support/run-callroll.js';
import { closedPort, startTestEmulator, tencentEnv } from './support/test-servers.js';

let emulator: Emulator;
let env: Record<string, string>;
let secretKey: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  env = tencentEnv(emulator);
  secretKey = emulator.tencent.credentials.secretKey;
});
afterAll(() => emulator.close());

/** One line on stderr, nothing on stdout, no secret anywhere. */
function expectOneLine(result: RunResult, secrets: readonly string[] = []): string {
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  for (const secret of secrets) expect(result.stderr).not.toContain(secret);
  return lines[0] ?? '';
}

describe('exit codes and messages, one per kind of failure', () => {
  it('6: a meeting that does not exist', async () => {
    const missing = emulator.tencent.fixtures.missingMeetingId;
    const result = await runCallroll(['phones', '-p', 'tencent', missing], { env });
    expect(result.code).toBe(6);
    expect(expectOneLine(result)).toContain(`has no meeting "${missing}"`);
    const byCode = await runCallroll(
      ['meeting', '-p', 'tencent', emulator.tencent.fixtures.missingMeetingCode],
      {
        env,
      },
    );
    expect(byCode.code).toBe(6);
  });

  it('5: a meeting the operator has no role in', async () => {
    const result = await runCallroll(
      ['phones', '-p', 'tencent', emulator.tencent.fixtures.foreignMeeting.meetingId],
      {
        env,
      },
    );
    expect(result.code).toBe(5);
    expect(expectOneLine(result)).toContain('not allowed');
  });

  it('4: credentials the provider rejects, naming the variables and never the secret', async () => {
    const wrong = 'wrong-secret-key-0123456789';
    const result = await runCallroll(
      ['phones', '-p', 'tencent', emulator.tencent.fixtures.liveMeeting.meetingId],
      {
        env: { ...env, CALLROLL_TENCENT_SECRET_KEY: wrong },
      },
    );
    expect(result.code).toBe(4);
    const line = expectOneLine(result, [wrong, secretKey]);
    expect(line).toContain('rejected the credentials');
    expect(line).toContain('CALLROLL_TENCENT_SECRET_KEY');
  });

  it('2: a malformed meeting id, refused before any request', async () => {
    const before = emulator.stats.requests;
    const result = await runCallroll(['phones', '-p', 'tencent', '../../etc/passwd'], { env });
    expect(result.code).toBe(2);
    expect(expectOneLine(result)).toContain('argument 1: "../../etc/passwd" is not a meeting id or code');
    expect(emulator.stats.requests).toBe(before);
  });

  it('8: a server that is not there (a closed loopback port)', async () => {
    const port = await closedPort();
    const result = await runCallroll(
      ['phones', '-p', 'tencent', emulator.tencent.fixtures.liveMeeting.meetingId],
      {
        env: { ...env, CALLROLL_TENCENT_BASE_URL: `http://127.0.0.1:${port}` },
      },
    );
    expect(result.code).toBe(8);
    expect(expectOneLine(result, [secretKey])).toContain('Cannot reach Tencent Meeting');
  });

  it('10: an --output file that cannot be created, before any request', async () => {
    const result = await runCallroll(
      [
        'phones',
        '-p',
        'tencent',
        emulator.tencent.fixtures.liveMeeting.meetingId,
        '-o',
        '/nonexistent/dir/out.csv',
      ],
      { env },
    );
    expect(result.code).toBe(10);
    expect(expectOneLine(result)).toContain('/nonexistent/dir/out.csv');
  });
});

describe('settings', () => {
  it('3: missing settings, every variable named', async () => {
    const result = await runCallroll(['phones', '-p', 'tencent', '123'], {});
    expect(result.code).toBe(3);
    const line = expectOneLine(result);
    for (const name of ['APP_ID', 'SECRET_ID', 'SECRET_KEY', 'OPERATOR_ID']) {
      expect(line).toContain(`CALLROLL_TENCENT_${name}`);
    }
    expect(line).toContain('secrets (CALLROLL_TENCENT_SECRET_KEY) can come only from there');
  });

  it('3: invalid settings, named, their values (secrets among them) never repeated', async () => {
    const shortSecret = 'sh0rt';
    const result = await runCallroll(['phones', '-p', 'tencent', '123'], {
      env: {
        ...env,
        CALLROLL_TENCENT_SECRET_KEY: shortSecret,
        CALLROLL_TENCENT_BASE_URL: 'not a url',
        CALLROLL_TENCENT_CONCURRENCY: 'many',
      },
    });
    expect(result.code).toBe(3);
    const line = expectOneLine(result, [shortSecret, 'not a url']);
    expect(line).toContain('CALLROLL_TENCENT_CONCURRENCY');
  });

  it('3: a setting of the wrong type in the config file is "must be a number", not "is required"', async () => {
    const wrong = 'not-a-number-xyz';
    const config = writeConfig({
      accounts: { tencent: { default: { operatorIdType: wrong, allowInsecureHttp: 'yes-xyz' } } },
    });
    const result = await runCallroll(['phones', '-p', 'tencent', '--config', config, '123'], { env });
    expect(result.code).toBe(3);
    const line = expectOneLine(result, [wrong, 'yes-xyz', secretKey]);
    expect(line).toContain(
      `"operatorIdType" of account "default" must be a number; "allowInsecureHttp" of account "default" must be a boolean.`,
    );
    expect(line).not.toContain('is required');

    const zh = await runCallroll(['phones', '-p', 'tencent', '--config', config, '123'], {
      env: { ...env, CALLROLL_LANG: 'zh-CN' },
    });
    expect(zh.code).toBe(3);
    expect(expectOneLine(zh, [wrong])).toContain('账户 "default" 的 "operatorIdType" 必须是数字');
  });

  it.each([
    ['abc', 'must be a number'],
    ['0x2', 'must be a number'],
    ['1e0', 'must be a number'],
    ['1.5', 'must be a whole number'],
  ])('3: a number variable of %j says "%s"', async (value, problem) => {
    const result = await runCallroll(['phones', '-p', 'tencent', '123'], {
      env: { ...env, CALLROLL_TENCENT_OPERATOR_ID_TYPE: value },
    });
    expect(result.code).toBe(3);
    expect(expectOneLine(result, [secretKey])).toContain(`CALLROLL_TENCENT_OPERATOR_ID_TYPE ${problem}.`);
  });

  it('3: in Chinese too', async () => {
    const result = await runCallroll(['phones', '-p', 'tencent', '123'], { env: { CALLROLL_LANG: 'zh-CN' } });
    expect(result.code).toBe(3);
    expect(expectOneLine(result)).toContain('CALLROLL_TENCENT_APP_ID 未设置');
  });

  it('takes non-secret settings from an account in the config file, the secret from the environment', async () => {
    const { CALLROLL_TENCENT_SECRET_KEY, ...rest } = env;
    const nowhere = `http://127.0.0.1:${await closedPort()}`;
    const config = writeConfig({
      accounts: {
        tencent: {
          default: {
            appId: rest.CALLROLL_TENCENT_APP_ID,
            secretId: rest.CALLROLL_TENCENT_SECRET_ID,
            operatorId: rest.CALLROLL_TENCENT_OPERATOR_ID,
            baseURL: rest.CALLROLL_TENCENT_BASE_URL,
          },
          other: { appId: '1', secretId: 'AKIDsomeoneelse', operatorId: 'x', baseURL: nowhere },
        },
      },
    });
    const meetingId = emulator.tencent.fixtures.liveMeeting.meetingId;
    const ok = await runCallroll(['phones', '-p', 'tencent', '--config', config, meetingId], {
      env: { CALLROLL_TENCENT_SECRET_KEY },
    });
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(emulator.tencent.fixtures.liveMeeting.calloutCount);

    const other = await runCallroll(
      ['phones', '-p', 'tencent', '-a', 'other', '--config', config, meetingId],
      {
        env: { CALLROLL_TENCENT_SECRET_KEY },
      },
    );
    expect(other.code).toBe(8);

    const missing = await runCallroll(
      ['phones', '-p', 'tencent', '-a', 'nobody', '--config', config, meetingId],
      {
        env: { CALLROLL_TENCENT_SECRET_KEY },
      },
    );
    expect(missing.code).toBe(3);
    expect(expectOneLine(missing)).toContain('no account "nobody"');

    const noSecret = await runCallroll(['phones', '-p', 'tencent', '--config', config, meetingId], {});
    expect(noSecret.code).toBe(3);
    const line = expectOneLine(noSecret);
    expect(line).toContain('CALLROLL_TENCENT_SECRET_KEY is required');
    expect(line).toContain(`account "default" in ${config}`);
  });

  it('3: refuses a secret found in the config file, saying where secrets may come from', async () => {
    const config = writeConfig({
      accounts: { tencent: { default: { appId: '210000001', secretKey } } },
    });
    const result = await runCallroll(['phones', '-p', 'tencent', '--config', config, '123'], { env });
    expect(result.code).toBe(3);
    const line = expectOneLine(result, [secretKey]);
    expect(line).toContain('"secretKey"');
    expect(line).toContain('only from the environment (CALLROLL_TENCENT_SECRET_KEY)');
  });

  it('3: refuses an unknown setting and an ambiguous choice of account', async () => {
    const typo = writeConfig({ accounts: { tencent: { default: { appid: '210000001' } } } });
    const unknown = await runCallroll(['phones', '-p', 'tencent', '--config', typo, '123'], { env });
    expect(unknown.code).toBe(3);
    expect(expectOneLine(unknown)).toContain('unknown setting "appid"');

    const two = writeConfig({ accounts: { tencent: { a: {}, b: {} } } });
    const ambiguous = await runCallroll(['phones', '-p', 'tencent', '--config', two, '123'], { env });
    expect(ambiguous.code).toBe(3);
    expect(expectOneLine(ambiguous)).toContain('choose one with --account');
  });
});

describe('provider failures after retries (through a plugin provider)', () => {
  let reference: ReferenceServer;
  let config: string;
  let referenceEnv: Record<string, string>;

  beforeAll(async () => {
    reference = await startReferenceServer();
    config = writeConfig({ plugins: [referencePlugin] });
    referenceEnv = {
      CALLROLL_REFERENCE_BASE_URL: reference.url,
      CALLROLL_REFERENCE_API_KEY: reference.apiKey,
    };
  });
  afterAll(() => reference.close());

  it('7: still rate limited after the provider’s retries', async () => {
    reference.setScenario({ mode: 'rate-limited' });
    const result = await runCallroll(
      ['phones', '-p', 'reference', '--config', config, '--verbose', referenceMeetingIds.live],
      { env: referenceEnv },
    );
    reference.setScenario({ mode: 'normal' });
    expect(result.code).toBe(7);
    // Retried first: the verbose log shows the retries before the one-line error.
    expect(result.stderr).toContain('↻ [reference');
    expect(result.stderr.trim().split('\n').at(-1)).toContain('still rate limiting');
    expect(result.stderr).not.toContain(reference.apiKey);
  });

  it('9: an answer that cannot be read', async () => {
    reference.setScenario({ mode: 'malformed-response' });
    const result = await runCallroll(
      ['phones', '-p', 'reference', '--config', config, referenceMeetingIds.live],
      {
        env: referenceEnv,
      },
    );
    reference.setScenario({ mode: 'normal' });
    expect(result.code).toBe(9);
    expect(expectOneLine(result, [reference.apiKey])).toContain('cannot read');
  });

  it('4 through a plugin too: a wrong API key', async () => {
    const result = await runCallroll(
      ['phones', '-p', 'reference', '--config', config, referenceMeetingIds.live],
      {
        env: { ...referenceEnv, CALLROLL_REFERENCE_API_KEY: 'ref_wrong_key_123' },
      },
    );
    expect(result.code).toBe(4);
    expect(expectOneLine(result, ['ref_wrong_key_123'])).toContain('CALLROLL_REFERENCE_API_KEY');
  });
});
