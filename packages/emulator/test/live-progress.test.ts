import { describe, expect, it } from 'vitest';
import { defaultScenario, type Emulator, type EmulatorOptions } from '../src/index.js';
import { call, operatorQuery, useEmulators } from './support/emulator-fixture.js';

/** The seeded callouts of live meetings under `liveCalloutProgress`, with a frozen data clock. */
const start = useEmulators();

type Row = { area: number; phone: string; extension_number?: string; status: string };

const ringMs = defaultScenario.calloutRingMs;
const talkMs = defaultScenario.calloutTalkMs;
/** Every ringing row has stopped ringing by then, and every row that hangs up has hung up. */
const allRung = 6 * ringMs;
const allDone = allRung + 10 * talkMs;

/** What the CLI's demo and other packages read off the 10,000-callout meeting for seed "demo". */
const demoCounts = {
  START_INVITE: 995,
  START_ACCEPT: 4_437,
  LEAVE_WITH_ACCEPTED: 2_023,
  LEAVE_WITHOUT_ACCEPT: 1_532,
  CANCLE_INVITE: 821,
  '': 192,
};

function frozen(options: EmulatorOptions = {}): Promise<Emulator> {
  return start({ seed: 'demo', ...options, scenario: { timeFrozen: true, ...options.scenario } });
}

async function rows(emulator: Emulator, meetingId: string, pages: number): Promise<Row[]> {
  const answers = await Promise.all(
    Array.from({ length: pages }, (_, index) =>
      call(emulator, {
        path: `/v1/meeting/${meetingId}/phone/callout?${operatorQuery(emulator)}&page=${index + 1}&page_size=100`,
      }),
    ),
  );
  return answers.flatMap((answer) => (answer.json as { phone_numbers: Row[] }).phone_numbers);
}

async function largeMeeting(emulator: Emulator): Promise<Row[]> {
  return rows(emulator, emulator.tencent.fixtures.largeCalloutMeeting.meetingId, 100);
}

function countByStatus(list: readonly Row[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of list) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe('live progress of seeded callouts', () => {
  it('is off by default: the demo counts hold however far the clock moves', async () => {
    expect(defaultScenario.liveCalloutProgress).toBe(false);
    const emulator = await frozen();
    expect(countByStatus(await largeMeeting(emulator))).toEqual(demoCounts);
    emulator.advanceTime(30 * 86_400_000);
    expect(countByStatus(await largeMeeting(emulator))).toEqual(demoCounts);
  });

  it('moves ringing rows on and hangs up connected ones as the clock runs', async () => {
    const emulator = await frozen({ scenario: { liveCalloutProgress: true } });
    expect(countByStatus(await largeMeeting(emulator))).toEqual(demoCounts);

    emulator.advanceTime(ringMs);
    const early = countByStatus(await largeMeeting(emulator));
    expect(early.START_INVITE).toBeLessThan(demoCounts.START_INVITE);
    expect(early.START_INVITE).toBeGreaterThan(0);

    emulator.advanceTime(allRung - ringMs);
    const rung = countByStatus(await largeMeeting(emulator));
    expect(rung.START_INVITE).toBeUndefined();
    expect(rung.LEAVE_WITHOUT_ACCEPT).toBeGreaterThan(demoCounts.LEAVE_WITHOUT_ACCEPT);
    expect(rung.LEAVE_WITH_ACCEPTED).toBeGreaterThanOrEqual(demoCounts.LEAVE_WITH_ACCEPTED);

    emulator.advanceTime(allDone - allRung);
    const done = countByStatus(await largeMeeting(emulator));
    expect(done.LEAVE_WITH_ACCEPTED).toBeGreaterThan(rung.LEAVE_WITH_ACCEPTED ?? 0);
    // About half the connected calls talk on; the ended ones, the cancels and the blanks stay.
    expect(done.START_ACCEPT).toBeGreaterThan(1_500);
    expect(done.CANCLE_INVITE).toBe(demoCounts.CANCLE_INVITE);
    expect(done[''] ?? 0).toBe(demoCounts['']);
    expect(Object.values(done).reduce((sum, count) => sum + count, 0)).toBe(10_000);

    emulator.advanceTime(365 * 86_400_000);
    expect(countByStatus(await largeMeeting(emulator))).toEqual(done);
  });

  it('is the same for the same seed and the same time, row by row', async () => {
    const scenario = { liveCalloutProgress: true, timeOffsetMs: 3 * ringMs };
    /** Which rows have moved on, and to what: `index:status`. */
    const moved = async (emulator: Emulator) => {
      const progressed = await largeMeeting(emulator);
      emulator.setScenario({ liveCalloutProgress: false });
      const seeded = await largeMeeting(emulator);
      return progressed.flatMap((row, index) =>
        row.status === seeded[index]?.status ? [] : [`${index}:${row.status}`],
      );
    };
    const [a, b, other] = await Promise.all([
      frozen({ scenario }),
      frozen({ scenario }),
      frozen({ seed: 'other', scenario }),
    ]);
    const movedA = await moved(a);
    expect(movedA.length).toBeGreaterThan(100);
    expect(await moved(b)).toEqual(movedA);
    expect(await moved(other)).not.toEqual(movedA);
  });

  it('keeps a cancel of a ringing row, and leaves meetings that are not live alone', async () => {
    const emulator = await frozen({ scenario: { liveCalloutProgress: true } });
    const { everyStatusMeeting, endedMeeting, operatorId } = emulator.tencent.fixtures;
    const [ringing] = await rows(emulator, everyStatusMeeting.meetingId, 1);
    expect(ringing?.status).toBe('START_INVITE');
    const number: Record<string, unknown> = { area: ringing?.area, phone: ringing?.phone };
    if (ringing?.extension_number !== undefined) number.extension_number = ringing.extension_number;
    const cancel = await call(emulator, {
      method: 'POST',
      path: `/v1/meeting/${everyStatusMeeting.meetingId}/phone/cancelcall`,
      body: { operator_id: operatorId, operator_id_type: 1, phone_numbers: [number] },
    });
    expect((cancel.json as { success_list: unknown[] }).success_list).toHaveLength(1);
    const endedBefore = await rows(emulator, endedMeeting.meetingId, 1);
    emulator.advanceTime(allDone);
    const [first] = await rows(emulator, everyStatusMeeting.meetingId, 1);
    expect(first?.status).toBe('CANCLE_INVITE');
    expect(await rows(emulator, endedMeeting.meetingId, 1)).toEqual(endedBefore);
  });
});
