import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@callroll/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorEnv, type McpSession, startSession } from './support/mcp-session.js';

const leakyPlugin = fileURLToPath(new URL('./fixtures/leaky-plugin.mjs', import.meta.url));
const leakyKey = 'leaky-api-key-0123456789';

let emulator: Emulator;
const sessions: McpSession[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    seed: 'mcp-secrets',
    scenario: { rateLimitPerMinute: 0, timeFrozen: true },
  });
});
afterAll(async () => {
  for (const session of sessions) await session.close();
  await emulator?.close();
});

async function start(options: Parameters<typeof startSession>[0] = {}): Promise<McpSession> {
  const session = await startSession(options);
  sessions.push(session);
  return session;
}

function writeConfig(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'callroll-mcp-config-')), 'config.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

/** The values of every secret setting, as list_providers names them. */
async function secretsOf(session: McpSession, env: Record<string, string>): Promise<string[]> {
  const listing = (await session.call('list_providers')).structured as {
    providers: { settings: { env: string; secret: boolean }[] }[];
  };
  const names = listing.providers.flatMap((provider) =>
    provider.settings.filter((setting) => setting.secret).map((setting) => setting.env),
  );
  return names.map((name) => env[name] ?? '').filter((value) => value !== '');
}

describe('secrets', () => {
  it('never appear in any answer or in the log, whatever is called', async () => {
    const env = emulatorEnv(emulator);
    const session = await start({ env, args: ['--allow-callouts', '--show-numbers'] });
    const { fixtures } = emulator.tencent;
    await session.call('list_meetings', { provider: 'tencent' });
    await session.call('list_meetings', {
      provider: 'systec',
      from: emulator.systec.fixtures.busyMonth.from,
    });
    await session.call('get_meeting_summary', {
      provider: 'tencent',
      meeting: fixtures.everyStatusMeeting.meetingId,
    });
    await session.call('get_meeting_summary', {
      provider: 'systec',
      meeting: emulator.systec.fixtures.costMeeting.meetingId,
    });
    const phones = await session.call('list_phone_participants', {
      provider: 'tencent',
      meeting: fixtures.liveMeeting.meetingId,
    });
    expect(phones.structured).toMatchObject({ masked: false });
    expect(
      (phones.structured as { phoneParticipants: { e164: string | null }[] }).phoneParticipants[0]?.e164,
    ).toMatch(/^\+\d+$/);
    await session.call('start_callouts', {
      provider: 'tencent',
      meeting: fixtures.liveMeeting.meetingId,
      numbers: ['+8613730000010'],
    });
    await session.call('cancel_callouts', {
      provider: 'tencent',
      meeting: fixtures.liveMeeting.meetingId,
      numbers: ['+8613730000010'],
    });
    await session.call('redial', { provider: 'tencent', meeting: fixtures.liveMeeting.meetingId });
    await session.call('get_meeting_summary', {
      provider: 'tencent',
      meeting: fixtures.foreignMeeting.meetingId,
    });
    const secrets = await secretsOf(session, env);
    expect(secrets).toEqual(
      expect.arrayContaining([emulator.tencent.credentials.secretKey, emulator.systec.credentials.apiSecret]),
    );
    expect(session.answers.length).toBeGreaterThanOrEqual(10);
    for (const secret of secrets) {
      for (const answer of session.answers) expect(answer).not.toContain(secret);
      expect(session.stderr()).not.toContain(secret);
    }
  });

  it('a rejected key: the variables to check are named, never their values', async () => {
    const env = {
      ...emulatorEnv(emulator),
      CALLROLL_TENCENT_SECRET_KEY: 'wrong-secret-key-for-the-test-000',
    };
    const session = await start({ env });
    const answer = await session.call('list_meetings', { provider: 'tencent' });
    expect(answer.isError).toBe(true);
    expect(answer.text).toMatch(
      /^Tencent Meeting \(腾讯会议\) rejected the credentials \(code \d+\); check CALLROLL_TENCENT_/,
    );
    expect(answer.text).toContain('CALLROLL_TENCENT_SECRET_KEY');
    expect(session.answers.join('\n')).not.toContain('wrong-secret-key-for-the-test-000');
  });

  it("are scrubbed even from a plugin's own error that quotes one", async () => {
    const config = writeConfig({ plugins: [leakyPlugin], accounts: {} });
    const env = { CALLROLL_LEAKY_API_KEY: leakyKey, CALLROLL_LEAKY_BASE_URL: 'http://127.0.0.1:9/' };
    const session = await start({ env, args: ['--config', config] });
    const answer = await session.call('list_meetings', { provider: 'leaky' });
    expect(answer).toMatchObject({
      isError: true,
      text: 'Internal error: could not connect with the API key [REDACTED]. Please report it with the tool call that failed.',
    });
    expect(session.answers.join('\n')).not.toContain(leakyKey);
    expect(session.stderr()).not.toContain(leakyKey);
  });
});

describe('settings, as the CLI reads them', () => {
  it('names the missing variables of a provider, never a value, and says which are ready', async () => {
    const env = emulatorEnv(emulator);
    const session = await start({ env: { ...env, CALLROLL_SYSTEC_API_SECRET: undefined } });
    const answer = await session.call('list_providers');
    const systec = (
      answer.structured as { providers: { id: string; ready: boolean; missing: string[] }[] }
    ).providers.find((provider) => provider.id === 'systec');
    expect(systec).toMatchObject({ ready: false, missing: ['CALLROLL_SYSTEC_API_SECRET'] });
    expect(answer.text).toBe('2 providers; ready to use: tencent.');
    const used = await session.call('list_meetings', { provider: 'systec' });
    expect(used.isError).toBe(true);
    expect(used.text).toContain('CALLROLL_SYSTEC_API_SECRET is required');
  });

  it("takes the config file's accounts, and words a choice for an assistant", async () => {
    const { credentials } = emulator.tencent;
    const config = writeConfig({
      accounts: {
        tencent: {
          east: {
            appId: credentials.appId,
            operatorId: credentials.operatorId,
            baseURL: emulator.tencent.baseURL,
          },
          west: {
            appId: credentials.appId,
            operatorId: credentials.operatorId,
            baseURL: emulator.tencent.baseURL,
          },
        },
      },
    });
    const env = {
      CALLROLL_TENCENT_SECRET_ID: credentials.secretId,
      CALLROLL_TENCENT_SECRET_KEY: credentials.secretKey,
    };
    const session = await start({ env, args: ['--config', config] });
    const ambiguous = await session.call('list_meetings', { provider: 'tencent' });
    expect(ambiguous).toMatchObject({
      isError: true,
      text: `${config} has several accounts of tencent (east, west) and none is "default"; choose one with the "account" argument.`,
    });
    const chosen = await session.call('list_meetings', { provider: 'tencent', account: 'west' });
    expect(chosen.isError, chosen.text).toBe(false);
    const listing = (await session.call('list_providers')).structured as {
      providers: { id: string; accounts: string[] }[];
    };
    expect(listing.providers[0]).toMatchObject({ id: 'tencent', accounts: ['east', 'west'] });
    expect(session.stderr()).toContain(`config file ${config}`);
  });

  it('words every error in Chinese under a Chinese locale', async () => {
    const session = await start({ env: { ...emulatorEnv(emulator), CALLROLL_LANG: 'zh-CN' } });
    const answer = await session.call('list_meetings', { provider: 'zoom' });
    expect(answer).toMatchObject({
      isError: true,
      text: '没有名为 "zoom" 的提供方；已知的有：tencent、systec。插件提供的提供方必须列在配置文件的 "plugins" 中。',
    });
    expect(session.stderr()).toContain('正在标准输入和输出上服务');
  });

  it('a config file named but missing: every tool says so in one line', async () => {
    const missing = join(tmpdir(), 'callroll-mcp-no-such-folder', 'config.json');
    const session = await start({ args: ['--config', missing] });
    const answer = await session.call('list_providers');
    expect(answer.isError).toBe(true);
    expect(answer.text).toMatch(/^Cannot read the config file .*config\.json: no such file or folder\./);
  });
});
