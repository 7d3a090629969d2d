import {
  CallrollError,
  collect,
  type Meeting,
  streamMeetings,
  streamPhoneParticipants,
} from '@callroll/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingRange, type SystecHarness, startSystecHarness } from './support/systec-emulator.js';

// A storm of faults of every kind against a busy Systec month (share/detail, POSTs that only read)
// and a meeting's report: the same meetings and calls must come out as without faults.
let harness: SystecHarness;
let baseline: string[];
let month: { from: Date; to: Date };

const keys = (meetings: Meeting[]) =>
  meetings.map((meeting) => `${meeting.id}|${meeting.topic}|${meeting.startAt?.toISOString()}`);
// The client's own limit off too: the runs below together make more calls than its minute allows.
const provider = () => harness.provider({ requestsPerMinute: 10_000 });

beforeAll(async () => {
  harness = await startSystecHarness({ seed: 'systec-faults' });
  const { busyMonth } = harness.emulator.systec.fixtures;
  month = beijingRange(busyMonth.from, busyMonth.to);
  baseline = keys(await collect(streamMeetings(provider(), month)));
});
afterAll(() => harness.close());

describe('a Systec month under faults', () => {
  it('gives exactly the fault-free meetings in 3 of 3 runs at 20% faults of every kind', {
    timeout: 180_000,
  }, async () => {
    expect(baseline.length).toBe(harness.emulator.systec.fixtures.busyMonth.meetingCount);
    harness.emulator.setScenario({ faultRate: 0.2 });
    try {
      for (let run = 0; run < 3; run++) {
        const before = harness.emulator.stats.systec.faults;
        expect(keys(await collect(streamMeetings(provider(), month)))).toEqual(baseline);
        expect(harness.emulator.stats.systec.faults - before).toBeGreaterThan(0);
      }
    } finally {
      harness.emulator.setScenario({ faultRate: 0 });
    }
  });

  it('reads a report whole at 20% faults, and at 40% gives it whole or a typed error naming the cause', {
    timeout: 120_000,
  }, async () => {
    const { costMeeting } = harness.emulator.systec.fixtures;
    const calls = async () =>
      (await collect(streamPhoneParticipants(provider(), costMeeting.meetingId))).map((call) =>
        JSON.stringify(call.raw),
      );
    const clean = await calls();
    harness.emulator.setScenario({ faultRate: 0.2 });
    try {
      for (let run = 0; run < 3; run++) expect(await calls()).toEqual(clean);
      harness.emulator.setScenario({ faultRate: 0.4 });
      const outcome = await calls().then(
        (rows) => ({ rows }),
        (error: unknown) => ({ error }),
      );
      if ('rows' in outcome) expect(outcome.rows).toEqual(clean);
      else
        expect(CallrollError.isInstance(outcome.error) && outcome.error.message).toMatch(
          /gave up after \d+ attempts/,
        );
    } finally {
      harness.emulator.setScenario({ faultRate: 0 });
    }
  });
});
