import { type Emulator, startEmulator } from '@callroll/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorEnv, type McpSession, startSession } from './support/mcp-session.js';

type Row = Record<string, unknown>;

let emulator: Emulator;
let session: McpSession;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'mcp-tests', scenario: { rateLimitPerMinute: 0 } });
  session = await startSession({ env: emulatorEnv(emulator) });
});
afterAll(async () => {
  await session?.close();
  await emulator?.close();
});

const large = () => emulator.tencent.fixtures.largeCalloutMeeting;

/** Calls a listing tool, passing each nextCursor back, until there is none; every answer checked. */
async function pageThrough(
  tool: string,
  args: Record<string, unknown>,
  key: 'meetings' | 'phoneParticipants',
): Promise<{ rows: Row[]; answers: Row[] }> {
  const rows: Row[] = [];
  const answers: Row[] = [];
  let cursor: string | undefined;
  do {
    const answer = await session.call(tool, { ...args, ...(cursor ? { cursor } : {}) });
    expect(answer.isError, answer.text).toBe(false);
    const structured = answer.structured as Row & { nextCursor?: string };
    const page = structured[key] as Row[];
    expect(page.length).toBeLessThanOrEqual(Number(args.limit ?? 50));
    rows.push(...page);
    answers.push(structured);
    cursor = structured.nextCursor;
  } while (cursor !== undefined && answers.length < 40);
  expect(cursor).toBeUndefined();
  return { rows, answers };
}

describe('the tools a client sees without --allow-callouts', () => {
  it('lists the four read tools, each with input and output schemas, read-only', async () => {
    const { tools } = await session.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'get_meeting_summary',
      'list_meetings',
      'list_phone_participants',
      'list_providers',
    ]);
    for (const tool of tools) {
      expect(tool.inputSchema.type, tool.name).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(tool.annotations?.destructiveHint ?? false, tool.name).toBe(false);
    }
  });

  it('refuses a call-out tool by name: it is not there', async () => {
    const before = emulator.stats.requests;
    await expect(
      session.call('start_callouts', {
        provider: 'tencent',
        meeting: emulator.tencent.fixtures.liveMeeting.meetingId,
        numbers: ['+8613700000001'],
      }),
    ).rejects.toThrow('Tool start_callouts not found');
    expect(emulator.stats.requests).toBe(before);
  });
});

describe('list_providers', () => {
  it('names both built-in providers ready, with where each setting comes from and no value', async () => {
    const answer = await session.call('list_providers');
    expect(answer.isError).toBe(false);
    const structured = answer.structured as {
      providers: { id: string; ready: boolean; missing: string[]; settings: Row[] }[];
      numbersShown: boolean;
      calloutsAllowed: boolean;
      configFile: { exists: boolean };
    };
    expect(structured.providers.map((provider) => provider.id)).toEqual(['tencent', 'systec']);
    expect(structured.providers.every((provider) => provider.ready && provider.missing.length === 0)).toBe(
      true,
    );
    expect(structured).toMatchObject({
      numbersShown: false,
      calloutsAllowed: false,
      configFile: { exists: true },
    });
    const secretKey = structured.providers[0]?.settings.find(
      (setting) => setting.env === 'CALLROLL_TENCENT_SECRET_KEY',
    );
    expect(secretKey).toEqual({
      name: 'secretKey',
      env: 'CALLROLL_TENCENT_SECRET_KEY',
      required: true,
      secret: true,
      state: 'env',
    });
    expect(answer.text).toBe('2 providers; ready to use: tencent, systec.');
  });
});

describe('list_meetings', () => {
  it("pages through a Systec month: every meeting once, as many as the emulator's busy month has", async () => {
    const { busyMonth } = emulator.systec.fixtures;
    const { rows, answers } = await pageThrough(
      'list_meetings',
      { provider: 'systec', from: busyMonth.from, to: busyMonth.to, limit: 500 },
      'meetings',
    );
    const ids = new Set(rows.map((meeting) => `${meeting.id}@${meeting.startAt}`));
    expect(ids.size).toBe(busyMonth.meetingCount);
    expect(rows).toHaveLength(busyMonth.meetingCount);
    const calls = answers.length;
    expect(calls).toBe(Math.ceil(busyMonth.meetingCount / 500));
  });

  it('refuses a reversed range and a date that is none, before any request', async () => {
    const before = emulator.stats.requests;
    const reversed = await session.call('list_meetings', {
      provider: 'systec',
      from: '2026-10-31',
      to: '2026-10-01',
    });
    expect(reversed).toMatchObject({ isError: true, text: '"from" must be before "to".' });
    const bad = await session.call('list_meetings', { provider: 'systec', from: 'yesterday' });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('"from" "yesterday" is not a date');
    expect(emulator.stats.requests).toBe(before);
  });
});

describe('get_meeting_summary', () => {
  it("counts the 10,000 callouts of Tencent's large meeting by status, with the raw texts behind unknown", async () => {
    const answer = await session.call('get_meeting_summary', {
      provider: 'tencent',
      meeting: large().meetingCode,
    });
    expect(answer.isError, answer.text).toBe(false);
    const summary = answer.structured as {
      id: string;
      phoneParticipants: number;
      byStatus: Record<string, number>;
      unknownRawStatuses: Record<string, number>;
      durationSeconds: number | null;
      cost: unknown[];
    };
    expect(summary.id).toBe(large().meetingId);
    expect(summary.phoneParticipants).toBe(10_000);
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(Object.values(summary.unknownRawStatuses).reduce((a, b) => a + b, 0)).toBe(
      summary.byStatus.unknown,
    );
    expect(Object.keys(summary.unknownRawStatuses)).toContain('');
    expect(summary.durationSeconds).toBeNull();
    expect(summary.cost).toEqual([]);
    expect(answer.text).toContain('10,000 phone participants');
  });

  it("sums Systec's cost meeting of 1,000 calls to exactly 120 yuan", async () => {
    const { costMeeting } = emulator.systec.fixtures;
    const answer = await session.call('get_meeting_summary', {
      provider: 'systec',
      meeting: costMeeting.meetingId,
    });
    expect(answer.isError, answer.text).toBe(false);
    const summary = answer.structured as {
      phoneParticipants: number;
      cost: { amount: string; currency: string }[];
    };
    expect(summary.phoneParticipants).toBe(1_000);
    // 1,000 × 0.12 summed exactly: no float drift.
    expect(summary.cost).toEqual([{ amount: '120', currency: 'CNY' }]);
    expect(answer.text).toContain('Cost: 120.00 CNY.');
  });
});

describe('list_phone_participants', () => {
  it('pages through 10,000 lines, 500 at a time: each once, in order, numbers masked', async () => {
    const { rows, answers } = await pageThrough(
      'list_phone_participants',
      { provider: 'tencent', meeting: large().meetingId, limit: 500 },
      'phoneParticipants',
    );
    expect(answers.every((answer) => answer.masked === true)).toBe(true);
    const calls = answers.length;
    expect(calls).toBe(20);
    expect(rows).toHaveLength(10_000);
    expect(new Set(rows.map((row) => row.participantId)).size).toBe(10_000);
    expect(rows.every((row) => row.e164 === null && String(row.phone).includes('*'))).toBe(true);
  });

  it('keeps to a status filter, reading at most 50 pages a call: as many unknown lines as the summary counts', async () => {
    const summary = (
      await session.call('get_meeting_summary', { provider: 'tencent', meeting: large().meetingId })
    ).structured as { byStatus: Record<string, number> };
    const { rows, answers } = await pageThrough(
      'list_phone_participants',
      { provider: 'tencent', meeting: large().meetingId, status: ['unknown'], limit: 500 },
      'phoneParticipants',
    );
    expect(answers.every((answer) => answer.totalLines === 10_000)).toBe(true);
    const calls = answers.length;
    // 100 pages of 100 lines: two calls.
    expect(calls).toBe(2);
    expect(rows.every((row) => row.status === 'unknown')).toBe(true);
    expect(rows).toHaveLength(summary.byStatus.unknown ?? -1);
  });

  it('defaults to 50 rows and refuses more than 500', async () => {
    const answer = await session.call('list_phone_participants', {
      provider: 'tencent',
      meeting: large().meetingId,
    });
    expect((answer.structured as { phoneParticipants: Row[] }).phoneParticipants).toHaveLength(50);
    const tooMany = await session.call('list_phone_participants', {
      provider: 'tencent',
      meeting: large().meetingId,
      limit: 501,
    });
    expect(tooMany.isError).toBe(true);
    expect(tooMany.text).toContain('limit');
  });

  it('refuses a cursor it did not give, and one of another listing', async () => {
    const forged = await session.call('list_phone_participants', {
      provider: 'tencent',
      meeting: large().meetingId,
      cursor: 'not-a-cursor',
    });
    expect(forged).toMatchObject({
      isError: true,
      text: expect.stringContaining('not one this server gave'),
    });
    const first = await session.call('list_phone_participants', {
      provider: 'tencent',
      meeting: large().meetingId,
    });
    const cursor = (first.structured as { nextCursor: string }).nextCursor;
    const elsewhere = await session.call('list_phone_participants', {
      provider: 'tencent',
      meeting: emulator.tencent.fixtures.everyStatusMeeting.meetingId,
      cursor,
    });
    expect(elsewhere).toMatchObject({
      isError: true,
      text: expect.stringContaining('belongs to another listing'),
    });
  });
});

describe('errors', () => {
  it('are tool errors in the one line the CLI says', async () => {
    const unknown = await session.call('list_meetings', { provider: 'zoom' });
    expect(unknown).toMatchObject({
      isError: true,
      text: 'There is no provider "zoom"; known: tencent, systec. A plugin\'s provider must be named in the config file\'s "plugins".',
    });
    const missing = await session.call('get_meeting_summary', {
      provider: 'tencent',
      meeting: emulator.tencent.fixtures.missingMeetingId,
    });
    expect(missing.isError).toBe(true);
    expect(missing.text).toMatch(
      /^Tencent Meeting \(腾讯会议\) has no meeting "\d{20}"; check the id \(list_meetings lists them\)\.$/,
    );
  });
});
