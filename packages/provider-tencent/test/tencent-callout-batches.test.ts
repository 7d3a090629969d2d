import {
  type CallOutTarget,
  cancelCallouts,
  collect,
  InvalidInputError,
  NetworkError,
  placeCallouts,
  RateLimitedError,
  streamPhoneParticipants,
} from '@callroll/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTencentHarness, type TencentHarness } from './support/tencent-emulator.js';

let harness: TencentHarness;
beforeAll(async () => {
  harness = await startTencentHarness({
    seed: 'callout-batches',
    scenario: { timeFrozen: true, rateLimitPerMinute: 0 },
  });
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.emulator.reset();
  harness.emulator.setScenario({ faultRate: 0, dailyLimitReached: false });
});

const meetingId = () => harness.emulator.tencent.fixtures.liveMeeting.meetingId;
/** Distinct mobiles that ring on (last digit 0), so that a test can cancel them. */
const ringing = (count: number, from = 0): CallOutTarget[] =>
  Array.from({ length: count }, (_, index) => ({
    number: `+86137${String(from + index).padStart(5, '0')}000`.slice(0, 14),
  }));
const posts = () => harness.emulator.stats.requests;
const placedNumbers = async () =>
  (await collect(streamPhoneParticipants(harness.provider(), meetingId()))).map((row) =>
    row.phone.parsed ? row.phone.e164 : row.phone.raw,
  );

describe('placeCallouts on Tencent Meeting (the emulator)', () => {
  it('sends 45 numbers in two requests of at most 30, and says each was placed', async () => {
    const targets = ringing(45);
    const before = posts();
    const batches: number[] = [];
    const report = await placeCallouts(harness.provider(), meetingId(), targets, {
      onBatch: (batch) => batches.push(batch.outcomes.length),
    });
    expect(posts() - before).toBe(2);
    expect(batches).toEqual([30, 15]);
    expect(report).toMatchObject({ operation: 'start', batches: 2, complete: true, aborted: false });
    expect(report.counts).toEqual({ accepted: 45, refused: 0, failed: 0, 'not-attempted': 0 });
    expect(report.outcomes.map((outcome) => outcome.target.number)).toEqual(
      targets.map((target) => target.number),
    );
    expect(
      report.outcomes.map((outcome) => (outcome.status === 'not-attempted' ? 0 : outcome.batch)),
    ).toEqual([...Array(30).fill(1), ...Array(15).fill(2)]);
  });

  it('reports the numbers Tencent refuses with its reason, and places the rest', async () => {
    const [busy, fresh] = ringing(2, 100) as [CallOutTarget, CallOutTarget];
    await placeCallouts(harness.provider(), meetingId(), [busy]);
    const report = await placeCallouts(harness.provider(), meetingId(), [busy, fresh, fresh]);
    expect(report.complete).toBe(false);
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['refused', 'accepted', 'refused']);
    expect(report.outcomes[0]).toMatchObject({ reason: '该号码正在呼叫中或已在会中。' });
  });

  it('calls a mainland landline with its extension, written with its trunk 0 as Tencent lists it', async () => {
    const report = await placeCallouts(harness.provider(), meetingId(), [
      { number: '+861088886660', extension: '123', name: '前台' },
    ]);
    expect(report.outcomes[0]).toMatchObject({ status: 'accepted' });
    const rows = await collect(streamPhoneParticipants(harness.provider(), meetingId()));
    expect(rows.at(-1)).toMatchObject({
      name: '前台',
      raw: { area: 86, phone: '01088886660', extension_number: '123' },
    });
  });

  it('refuses numbers it cannot call before any request, naming each', async () => {
    const before = posts();
    const error = await placeCallouts(harness.provider(), meetingId(), [
      { number: '+8613700000000' },
      { number: '12345' },
      { number: '+442079460958' },
    ]).catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues).toEqual([
      { field: 'targets[1]', problem: 'is not a valid phone number' },
      { field: 'targets[2]', problem: 'Tencent Meeting (腾讯会议) calls out only to +86, +852, +1' },
    ]);
    expect(posts()).toBe(before);
  });

  it('stops at a failed batch, never retries it, and leaves the rest not attempted', async () => {
    const targets = ringing(75, 200);
    const before = posts();
    const report = await placeCallouts(harness.provider(), meetingId(), targets, {
      // Tencent's daily quota runs out after the first batch.
      onBatch: () => harness.emulator.setScenario({ dailyLimitReached: true }),
    });
    expect(posts() - before).toBe(2);
    expect(report.counts).toEqual({ accepted: 30, refused: 0, failed: 30, 'not-attempted': 15 });
    expect(RateLimitedError.isInstance(report.failure)).toBe(true);
    const failed = report.outcomes[30];
    expect(failed?.status === 'failed' && RateLimitedError.isInstance(failed.error)).toBe(true);
  });

  it('does not send a batch again when the connection broke after Tencent placed it', async () => {
    const targets = ringing(40, 300);
    const before = posts();
    const report = await placeCallouts(harness.provider(), meetingId(), targets, {
      onBatch: () => harness.emulator.setScenario({ faultRate: 1, faultKinds: ['connection-reset'] }),
    });
    harness.emulator.setScenario({ faultRate: 0 });
    expect(posts() - before).toBe(2);
    expect(report.counts).toEqual({ accepted: 30, refused: 0, failed: 10, 'not-attempted': 0 });
    expect(NetworkError.isInstance(report.failure)).toBe(true);
    // The emulator placed the second batch before breaking the answer: each number once.
    const placed = await placedNumbers();
    for (const target of targets) expect(placed.filter((number) => number === target.number)).toHaveLength(1);
  });

  it('stops between batches when aborted, and says which were not attempted', async () => {
    const controller = new AbortController();
    const report = await placeCallouts(harness.provider(), meetingId(), ringing(61, 400), {
      signal: controller.signal,
      onBatch: () => controller.abort(),
    });
    expect(report).toMatchObject({ aborted: true, complete: false, batches: 3 });
    expect(report.counts).toEqual({ accepted: 30, refused: 0, failed: 0, 'not-attempted': 31 });
  });
});

describe('cancelCallouts on Tencent Meeting (the emulator)', () => {
  it('cancels ringing callouts in batches, and reports one no longer ringing with Tencent’s reason', async () => {
    const targets = ringing(31, 500);
    await placeCallouts(harness.provider(), meetingId(), targets);
    const answered = { number: '+8613700000501' };
    await placeCallouts(harness.provider(), meetingId(), [answered]);
    harness.emulator.advanceTime(6_000);
    const before = posts();
    const report = await cancelCallouts(harness.provider(), meetingId(), [...targets, answered]);
    expect(posts() - before).toBe(2);
    expect(report.counts).toMatchObject({ accepted: 31, refused: 1 });
    expect(report.outcomes.at(-1)).toMatchObject({ status: 'refused', reason: expect.any(String) });
  });
});
