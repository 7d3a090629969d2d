import { type Emulator, startEmulator } from '@callroll/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pendingAnswers, pick, type } from './fakes/fake-ui.js';
import {
  type FakeTool,
  fakeState,
  LanguageModelTextPart,
  type LanguageModelToolResult,
  workspace,
} from './fakes/vscode.js';
import { activateForTest } from './support/activate.js';

let emulator: Emulator;
let host: Awaited<ReturnType<typeof activateForTest>>;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: 'vscode-lm',
    scenario: { rateLimitPerMinute: 0, calloutRingMs: 60_000 },
  });
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(async () => {
  host = await activateForTest();
  await workspace.getConfiguration('callroll').update('liveRefreshSeconds', 0);
  const { credentials, baseURL } = emulator.tencent;
  pick('Tencent Meeting');
  type(credentials.appId);
  type(credentials.secretId);
  type(credentials.secretKey);
  type(credentials.operatorId);
  type('Emulator');
  pick('More settings');
  pick('API URL');
  type(baseURL);
  pick('Save and check the connection');
  await fakeState.commands.get('callroll.addAccount')?.();
});
afterEach(() => {
  host.dispose();
  expect(pendingAnswers()).toBe(0);
});

const tool = (name: string): FakeTool => {
  const found = fakeState.tools.get(name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
};

/** Invokes a tool as VS Code would after its confirmation, and reads the JSON it answered. */
async function invoke(name: string, input: unknown): Promise<Record<string, unknown>> {
  const result = (await tool(name).invoke(
    { input, toolInvocationToken: undefined },
    {},
  )) as LanguageModelToolResult;
  const [part] = result.content;
  if (!(part instanceof LanguageModelTextPart)) throw new Error('no text part');
  return JSON.parse(part.value) as Record<string, unknown>;
}

const prepare = (name: string, input: unknown) =>
  tool(name).prepareInvocation?.({ input }, {}) as
    | { confirmationMessages?: { title: string; message: string } }
    | undefined;

describe('the language-model tools', () => {
  it('lists the providers and accounts, naming the settings an account lacks, never a value', async () => {
    const listed = await invoke('callroll_list_providers', {});
    const text = JSON.stringify(listed);
    const { credentials } = emulator.tencent;
    for (const value of [
      credentials.secretKey,
      credentials.secretId,
      credentials.appId,
      emulator.tencent.baseURL,
    ])
      expect(text).not.toContain(value);
    const providers = listed.providers as Array<{
      id: string;
      accounts: Array<{ label: string; missingSettings: string[] }>;
    }>;
    expect(providers.map((provider) => provider.id)).toEqual(['tencent', 'systec']);
    expect(providers[0]?.accounts).toEqual([
      expect.objectContaining({ label: 'Emulator', missingSettings: [] }),
    ]);

    // The secret gone from SecretStorage: the account lacks it, by name.
    const [key] = [...fakeState.secrets.values.keys()];
    await fakeState.secrets.delete(key as string);
    const after = (await invoke('callroll_list_providers', {})).providers as typeof providers;
    expect(after[0]?.accounts[0]?.missingSettings).toEqual(['secretKey']);
  });

  it('lists meetings, sums one exactly and pages through its lines, masked per the setting', async () => {
    const { everyStatusMeeting } = emulator.tencent.fixtures;
    const meetings = (await invoke('callroll_list_meetings', { limit: 200 })).meetings as Array<{
      id: string;
      status: string;
    }>;
    expect(meetings.find((meeting) => meeting.id === everyStatusMeeting.meetingId)?.status).toBe('live');

    const summary = await invoke('callroll_get_meeting_summary', { meeting: everyStatusMeeting.meetingCode });
    // The core's meeting record, as the MCP server answers it, with the account it was read from.
    expect(Object.keys(summary.meeting as object)).toEqual([
      'account',
      'provider',
      'id',
      'code',
      'topic',
      'status',
      'rawStatus',
      'startAt',
      'endAt',
      'host',
    ]);
    expect(summary.meeting).toMatchObject({ id: everyStatusMeeting.meetingId, status: 'live' });
    expect(summary.count).toBe(everyStatusMeeting.calloutCount);
    expect(Object.values(summary.byStatus as Record<string, number>).reduce((sum, n) => sum + n, 0)).toBe(
      everyStatusMeeting.calloutCount,
    );
    expect(summary.unknownRawStatuses).toMatchObject({ INVITE_TIMEOUT: expect.any(Number) });
    expect(Array.isArray(summary.cost)).toBe(true);

    const input = { meeting: everyStatusMeeting.meetingId, status: ['unanswered'], limit: 2 };
    const first = await invoke('callroll_list_phone_participants', input);
    const lines = first.phoneParticipants as Array<{ phone: string; e164: string | null; status: string }>;
    expect(lines).toHaveLength(2);
    expect(
      lines.every((line) => line.status === 'unanswered' && /\*{3,}/.test(line.phone) && line.e164 === null),
    ).toBe(true);
    expect(first.masked).toBe(true);
    const next = await invoke('callroll_list_phone_participants', { ...input, cursor: first.nextCursor });
    const again = next.phoneParticipants as typeof lines;
    expect(again.length).toBeGreaterThan(0);
    expect(again[0]).not.toEqual(lines[0]);

    await workspace.getConfiguration('callroll').update('maskPhoneNumbers', false);
    const unmasked = (await invoke('callroll_list_phone_participants', input))
      .phoneParticipants as typeof lines;
    expect(unmasked[0]?.e164).toMatch(/^\+\d+$/);
  });

  it('asks before a call-out, with the numbers masked and the cost, and reports each number', async () => {
    const { liveMeeting } = emulator.tencent.fixtures;
    const requests = emulator.stats.requests;
    const input = { meeting: liveMeeting.meetingId, numbers: ['13900139011', '+44 20 7946 0958'] };
    // An unreadable number stops the tool before it asks (and before any request).
    expect(() => prepare('callroll_start_callouts', input)).toThrow(/Not callable/);
    const good = { meeting: liveMeeting.meetingId, numbers: ['13900139011'] };
    const asked = prepare('callroll_start_callouts', good)?.confirmationMessages;
    expect(asked?.title).toBe(`Call 1 number(s) into meeting ${liveMeeting.meetingId}?`);
    expect(asked?.message).toContain('+86 139****9011');
    expect(asked?.message).toContain('the calls are charged');
    expect(
      prepare('callroll_redial', { meeting: liveMeeting.meetingId })?.confirmationMessages?.title,
    ).toContain('unanswered');
    expect(emulator.stats.requests).toBe(requests);
    // The read tools need no confirmation.
    expect(tool('callroll_get_meeting_summary').prepareInvocation).toBeUndefined();

    const placed = await invoke('callroll_start_callouts', good);
    expect(placed).toMatchObject({
      operation: 'start',
      complete: true,
      outcomes: [{ number: '+86 139****9011', status: 'accepted' }],
    });
    const cancelled = await invoke('callroll_cancel_callouts', good);
    expect(cancelled).toMatchObject({ operation: 'cancel', outcomes: [{ status: 'accepted' }] });
    expect(JSON.stringify(placed)).not.toContain('13900139011');
  });

  it('redials the unanswered numbers of a meeting', async () => {
    const { everyStatusMeeting } = emulator.tencent.fixtures;
    const redialled = await invoke('callroll_redial', { meeting: everyStatusMeeting.meetingId });
    const outcomes = redialled.outcomes as Array<{ status: string }>;
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((outcome) => outcome.status === 'accepted' || outcome.status === 'refused')).toBe(
      true,
    );
  });

  it('fails with words a person would read, naming what to fix, never a secret', async () => {
    await expect(invoke('callroll_get_meeting_summary', { account: 'Nobody', meeting: '1' })).rejects.toThrow(
      /No Callroll account "Nobody"/,
    );
    await expect(
      invoke('callroll_get_meeting_summary', { meeting: emulator.tencent.fixtures.missingMeetingId }),
    ).rejects.toThrow(/.+/);
    expect(host.log().join('\n')).not.toContain(emulator.tencent.credentials.secretKey);
  });
});
