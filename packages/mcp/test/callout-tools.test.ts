import { type Emulator, startEmulator } from '@callroll/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorEnv, type McpSession, startSession } from './support/mcp-session.js';

type Row = Record<string, unknown>;
interface CalloutAnswer {
  meetingId: string;
  complete: boolean;
  counts: Record<string, number>;
  numbers: Row[];
  uncallable?: number;
}

let emulator: Emulator;
let session: McpSession;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: 'mcp-callouts',
    scenario: { rateLimitPerMinute: 0, timeFrozen: true, calloutRingMs: 5_000 },
  });
  session = await startSession({ env: emulatorEnv(emulator), args: ['--allow-callouts'] });
});
afterAll(async () => {
  await session?.close();
  await emulator?.close();
});

const live = () => emulator.tencent.fixtures.liveMeeting.meetingId;
const allLines = async (meeting: string): Promise<Row[]> => {
  const answer = await session.call('list_phone_participants', { provider: 'tencent', meeting, limit: 500 });
  return (answer.structured as { phoneParticipants: Row[] }).phoneParticipants;
};

describe('with --allow-callouts', () => {
  it('offers the three call-out tools, marked destructive and not idempotent', async () => {
    const { tools } = await session.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'cancel_callouts',
      'get_meeting_summary',
      'list_meetings',
      'list_phone_participants',
      'list_providers',
      'redial',
      'start_callouts',
    ]);
    for (const name of ['start_callouts', 'cancel_callouts', 'redial']) {
      const tool = tools.find((candidate) => candidate.name === name);
      expect(tool?.annotations, name).toMatchObject({
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: false,
      });
      expect(tool?.outputSchema?.type, name).toBe('object');
    }
  });

  it('refuses bad numbers, each with its reason, before any request: nothing is called', async () => {
    const linesBefore = (await allLines(live())).length;
    const before = emulator.stats.requests;
    const answer = await session.call('start_callouts', {
      provider: 'tencent',
      meeting: live(),
      numbers: ['+8613700000001', '12345', '+44 20 7946 0958', 'call me'],
    });
    expect(answer.isError).toBe(true);
    expect(answer.text).toBe(
      'Cannot call "12345" (a national number: write it as +86… or give "callingCode"); "+44 20 7946 0958" (+44 cannot be called; only +86, +852, +1); "call me" (not a phone number). Nothing was called.',
    );
    expect(emulator.stats.requests).toBe(before);
    expect(await allLines(live())).toHaveLength(linesBefore);
  });

  it('places numbers once each and says, per number, what happened; cancel stops the ringing ones', async () => {
    // Last digit 0: rings until cancelled; 7: answered, so a cancel is refused.
    const ringing = ['+86 137 1000 0010', '+86 137 1000 0020'];
    const placed = await session.call('start_callouts', {
      provider: 'tencent',
      meeting: emulator.tencent.fixtures.liveMeeting.meetingCode,
      numbers: [...ringing, '13710000037', ringing[0]],
      name: '测试',
    });
    expect(placed.isError, placed.text).toBe(false);
    const report = placed.structured as CalloutAnswer;
    expect(report).toMatchObject({ meetingId: live(), complete: true, counts: { accepted: 3, refused: 0 } });
    expect(report.numbers.map((row) => row.result)).toEqual(['placed', 'placed', 'placed']);
    expect(report.numbers.map((row) => row.phone)).toEqual([
      '+86 137****0010',
      '+86 137****0020',
      '+86 137****0037',
    ]);
    expect(report.numbers.every((row) => row.e164 === null && row.name === '测试')).toBe(true);
    expect(placed.text).toBe('3 of 3 placed: 0 refused, 0 failed, 0 not attempted.');
    const lines = await allLines(live());
    expect(lines.filter((row) => row.name === '测试')).toHaveLength(3);

    emulator.advanceTime(5_000);
    const cancelled = await session.call('cancel_callouts', {
      provider: 'tencent',
      meeting: live(),
      numbers: [...ringing, '+8613710000037'],
    });
    expect(cancelled.isError, cancelled.text).toBe(false);
    const cancel = cancelled.structured as CalloutAnswer;
    expect(cancel.numbers.map((row) => row.result)).toEqual(['cancelled', 'cancelled', 'refused']);
    expect(cancel.numbers[2]?.reason).toEqual(expect.any(String));
    expect(cancel.complete).toBe(false);
  });

  it('redials each number whose latest line is unanswered, with the name it had', async () => {
    // Last digit 9: rings out unanswered.
    const first = await session.call('start_callouts', {
      provider: 'tencent',
      meeting: live(),
      numbers: ['+8613720000009', '+8613720000019'],
      name: 'redial me',
    });
    expect(first.isError, first.text).toBe(false);
    emulator.advanceTime(10_000);
    const unanswered = (await allLines(live())).filter((row) => row.status === 'unanswered');
    const redialled = await session.call('redial', { provider: 'tencent', meeting: live() });
    expect(redialled.isError, redialled.text).toBe(false);
    const report = redialled.structured as CalloutAnswer;
    expect(report.counts.accepted).toBe(report.numbers.length);
    expect(report.numbers.length).toBeGreaterThanOrEqual(2);
    expect(report.numbers.length).toBeLessThanOrEqual(unanswered.length);
    const mine = report.numbers.filter((row) => row.name === 'redial me');
    expect(mine.map((row) => row.phone)).toEqual(['+86 137****0009', '+86 137****0019']);
  });

  it('says so when nothing is to be redialled, calling nothing', async () => {
    const before = emulator.stats.requests;
    const answer = await session.call('redial', {
      provider: 'tencent',
      meeting: live(),
      status: ['unknown'],
    });
    expect(answer.isError, answer.text).toBe(false);
    expect((answer.structured as CalloutAnswer).numbers).toEqual([]);
    expect(answer.text).toMatch(/^No number of .* is unknown now: nothing was called\.$/);
    // The meeting and its lines were read; nothing was posted.
    expect(emulator.stats.requests - before).toBeLessThanOrEqual(2);
  });

  it('refuses a provider that cannot call out, before any request', async () => {
    const before = emulator.stats.systec.requests;
    const answer = await session.call('start_callouts', {
      provider: 'systec',
      meeting: emulator.systec.fixtures.liveMeeting.meetingId,
      numbers: ['+8613700000001'],
    });
    expect(answer).toMatchObject({ isError: true, text: 'Systec UMeeting cannot call out.' });
    expect(emulator.stats.systec.requests).toBe(before);
  });
});
