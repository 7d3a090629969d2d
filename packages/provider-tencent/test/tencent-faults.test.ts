import { CallrollError, collect, type PhoneParticipant, streamPhoneParticipants } from '@callroll/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTencentHarness, type TencentHarness } from './support/tencent-emulator.js';

// A storm of faults of every kind the emulator has (5xx, a gateway's HTML, a 200 that is not JSON,
// resets, bodies cut short), against the 10,000-callout meeting: the listing must come out whole.
let harness: TencentHarness;
let meetingId: string;
let baseline: string[];

// The client's own limit (300 a minute per app, shared by the runs in this process) off as well.
const provider = () => harness.provider({ requestsPerMinute: 10_000 });
const rowsOf = (items: PhoneParticipant[]) =>
  items.map((item) => `${item.participantId}|${item.phone.raw}|${item.rawStatus}`);

beforeAll(async () => {
  // No rate limit here: the runs below together make more calls than a minute's 300.
  harness = await startTencentHarness({ seed: 'faults', scenario: { rateLimitPerMinute: 0 } });
  meetingId = harness.emulator.tencent.fixtures.largeCalloutMeeting.meetingId;
  baseline = rowsOf(await collect(streamPhoneParticipants(provider(), meetingId)));
});
afterAll(() => harness.close());

describe('the callout list under faults', () => {
  it('has a fault-free baseline of 10,000 distinct rows', () => {
    expect(baseline).toHaveLength(10_000);
    expect(new Set(baseline).size).toBe(10_000);
  });

  it('gives exactly the fault-free rows in 3 of 3 runs at 20% faults of every kind', {
    timeout: 180_000,
  }, async () => {
    harness.emulator.setScenario({ faultRate: 0.2 });
    try {
      for (let run = 0; run < 3; run++) {
        const before = harness.emulator.stats.faults;
        const rows = rowsOf(await collect(streamPhoneParticipants(provider(), meetingId)));
        expect(rows).toEqual(baseline);
        // The faults really happened.
        expect(harness.emulator.stats.faults - before).toBeGreaterThan(5);
      }
    } finally {
      harness.emulator.setScenario({ faultRate: 0 });
    }
  });

  it('at 40% either gives the same rows or fails with a typed error naming the last cause', {
    timeout: 180_000,
  }, async () => {
    harness.emulator.setScenario({ faultRate: 0.4 });
    try {
      const outcome = await collect(streamPhoneParticipants(provider(), meetingId)).then(
        (items) => ({ rows: rowsOf(items) }),
        (error: unknown) => ({ error }),
      );
      if ('rows' in outcome) expect(outcome.rows).toEqual(baseline);
      else {
        expect(CallrollError.isInstance(outcome.error), String(outcome.error)).toBe(true);
        const error = outcome.error as CallrollError;
        expect(['network', 'invalid-response', 'provider']).toContain(error.kind);
        expect(error.message).toMatch(/gave up after \d+ attempts/);
      }
    } finally {
      harness.emulator.setScenario({ faultRate: 0 });
    }
  });
});
