import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { call, operatorQuery, useEmulators } from './support/emulator-fixture.js';

/**
 * Placed callouts over time. The data clock is frozen and moved on by hand, so every status
 * below is read at an exact age: no test sleeps or depends on how fast it runs.
 */
const start = useEmulators();

const ringMs = 10_000;
const talkMs = 60_000;

async function frozen(): Promise<Emulator> {
  return start({ scenario: { timeFrozen: true, calloutRingMs: ringMs, calloutTalkMs: talkMs } });
}

function post(emulator: Emulator, action: 'callout' | 'cancelcall', phones: string[]) {
  const { liveMeeting, operatorId } = emulator.tencent.fixtures;
  return call(emulator, {
    method: 'POST',
    path: `/v1/meeting/${liveMeeting.meetingId}/phone/${action}`,
    body: {
      operator_id: operatorId,
      operator_id_type: 1,
      phone_numbers: phones.map((phone) => ({ area: 86, phone })),
    },
  });
}

/** The statuses of the callouts placed through the API, in the order placed. */
async function placed(emulator: Emulator): Promise<string[]> {
  const { liveMeeting } = emulator.tencent.fixtures;
  const response = await call(emulator, {
    path: `/v1/meeting/${liveMeeting.meetingId}/phone/callout?${operatorQuery(emulator)}&page=1&page_size=100`,
  });
  const rows = (response.json as { phone_numbers: { status: string }[] }).phone_numbers;
  return rows.slice(liveMeeting.calloutCount).map((row) => row.status);
}

// One number per outcome, by last digit.
const answered = '13911110001';
const talksOn = '13911110007';
const rejected = '13911110006';
const unanswered = '13911110009';
const ringsOn = '13911110000';

describe('placed callouts over time', () => {
  it('ring, then connect, get rejected or go unanswered by the last digit, and hang up after the talk time', async () => {
    const emulator = await frozen();
    expect((await post(emulator, 'callout', [answered, talksOn, rejected, unanswered, ringsOn])).status).toBe(
      200,
    );
    const invite = 'START_INVITE';
    const timeline: [number, string[]][] = [
      [0, [invite, invite, invite, invite, invite]],
      [ringMs / 5 - 1, [invite, invite, invite, invite, invite]],
      [1, [invite, invite, 'LEAVE_WITHOUT_ACCEPT', invite, invite]],
      [ringMs - ringMs / 5 - 1, [invite, invite, 'LEAVE_WITHOUT_ACCEPT', invite, invite]],
      [1, ['START_ACCEPT', 'START_ACCEPT', 'LEAVE_WITHOUT_ACCEPT', 'LEAVE_WITHOUT_ACCEPT', invite]],
      [talkMs - 1, ['START_ACCEPT', 'START_ACCEPT', 'LEAVE_WITHOUT_ACCEPT', 'LEAVE_WITHOUT_ACCEPT', invite]],
      [1, ['LEAVE_WITH_ACCEPTED', 'START_ACCEPT', 'LEAVE_WITHOUT_ACCEPT', 'LEAVE_WITHOUT_ACCEPT', invite]],
      [
        86_400_000,
        ['LEAVE_WITH_ACCEPTED', 'START_ACCEPT', 'LEAVE_WITHOUT_ACCEPT', 'LEAVE_WITHOUT_ACCEPT', invite],
      ],
    ];
    for (const [advance, expected] of timeline) {
      emulator.advanceTime(advance);
      expect(await placed(emulator), `after +${advance} ms`).toEqual(expected);
    }
  });

  it('follows calloutTalkMs as the scenario says when it is read', async () => {
    const emulator = await frozen();
    await post(emulator, 'callout', [answered]);
    emulator.advanceTime(ringMs + 1_000);
    expect(await placed(emulator)).toEqual(['START_ACCEPT']);
    emulator.setScenario({ calloutTalkMs: 500 });
    expect(await placed(emulator)).toEqual(['LEAVE_WITH_ACCEPTED']);
  });

  it('cancels a ringing callout for good, and cannot cancel one that stopped ringing', async () => {
    const emulator = await frozen();
    await post(emulator, 'callout', [answered, unanswered]);
    emulator.advanceTime(ringMs - 1);
    const first = (await post(emulator, 'cancelcall', [answered])).json as Record<string, unknown[]>;
    expect(first.success_list).toHaveLength(1);
    emulator.advanceTime(1);
    const late = (await post(emulator, 'cancelcall', [unanswered])).json as Record<string, unknown[]>;
    expect(late.failed_list).toHaveLength(1);
    emulator.advanceTime(talkMs * 10);
    expect(await placed(emulator)).toEqual(['CANCLE_INVITE', 'LEAVE_WITHOUT_ACCEPT']);
  });

  it('refuses a number while it rings or talks, and calls it again once the call is over (a redial)', async () => {
    const emulator = await frozen();
    await post(emulator, 'callout', [answered]);
    const busy = async () =>
      ((await post(emulator, 'callout', [answered])).json as { invalid_phone_numbers: unknown[] })
        .invalid_phone_numbers.length;
    expect(await busy()).toBe(1);
    emulator.advanceTime(ringMs);
    expect(await busy()).toBe(1);
    emulator.advanceTime(talkMs);
    expect(await busy()).toBe(0);
    expect(await placed(emulator)).toEqual(['LEAVE_WITH_ACCEPTED', 'START_INVITE']);
  });

  it('moves the data clock through the admin endpoint, and keeps it where it was when frozen', async () => {
    const emulator = await start({ now: Date.parse('2025-06-16T03:00:00Z'), scenario: { timeFrozen: true } });
    const anchorMs = Date.parse('2025-06-16T03:00:00Z');
    expect(emulator.time).toEqual({ nowMs: anchorMs, anchorMs, timeOffsetMs: 0, frozen: true });
    const advanced = await fetch(`${emulator.url}/__emulator/time`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: 90_000 }),
    });
    expect(await advanced.json()).toEqual({
      nowMs: anchorMs + 90_000,
      anchorMs,
      timeOffsetMs: 90_000,
      frozen: true,
    });
    expect(emulator.scenario.timeOffsetMs).toBe(90_000);
    const bad = await fetch(`${emulator.url}/__emulator/time`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: -1 }),
    });
    expect(bad.status).toBe(400);
    const read = await fetch(`${emulator.url}/__emulator/time`);
    expect(((await read.json()) as { nowMs: number }).nowMs).toBe(anchorMs + 90_000);
  });

  it('runs the data clock from `now` at real speed unless frozen', async () => {
    const anchorMs = Date.parse('2025-06-16T03:00:00Z');
    const emulator = await start({ now: anchorMs });
    const { nowMs } = emulator.time;
    expect(nowMs).toBeGreaterThanOrEqual(anchorMs);
    // Far from real time: the data clock starts at `now`, not at the wall clock.
    expect(nowMs).toBeLessThan(Date.now() - 86_400_000);
    emulator.setScenario({ timeFrozen: true });
    const stopped = emulator.time.nowMs;
    expect(stopped).toBeGreaterThanOrEqual(nowMs);
    expect(emulator.time.nowMs).toBe(stopped);
    expect(emulator.advanceTime(5)).toBe(stopped + 5);
  });
});
