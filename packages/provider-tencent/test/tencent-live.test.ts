import {
  type LiveEvent,
  type LiveRoundEvent,
  type PhoneChangeEvent,
  placeCallouts,
  trackPhoneParticipants,
} from '@callroll/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTencentHarness, type TencentHarness } from './support/tencent-emulator.js';

// The emulator's data clock stands still and moves only by the tracker's waits: each round sees
// the callouts exactly as long after placing as the waits add up to, and no test sleeps.
let harness: TencentHarness;
const now = Date.UTC(2026, 10, 2, 2, 0, 0);
beforeAll(async () => {
  harness = await startTencentHarness({
    seed: 'live-tracking',
    now,
    scenario: { timeFrozen: true, calloutRingMs: 5_000, calloutTalkMs: 60_000, rateLimitPerMinute: 0 },
  });
});
afterAll(() => harness.close());

const fixtures = () => harness.emulator.tencent.fixtures;
const dataNow = () => new Date(harness.emulator.time.nowMs);

describe('trackPhoneParticipants on Tencent Meeting (the emulator)', () => {
  it('sees placed callouts ring, connect, go unanswered, be cancelled and hang up: each change once, in order', async () => {
    const provider = harness.provider();
    const { meetingId, calloutCount } = fixtures().liveMeeting;
    // By the last digit: 1 answered then hangs up, 6 rejected, 7 talks on, 9 unanswered, 0 rings on.
    const numbers = [
      '+8613900139001',
      '+8613900139006',
      '+8613900139007',
      '+8613900139009',
      '+8613900139000',
    ];
    const placed = await placeCallouts(
      provider,
      meetingId,
      numbers.map((number) => ({ number })),
    );
    expect(placed.complete).toBe(true);
    const events: LiveEvent[] = [];
    const waits: number[] = [];
    for await (const event of trackPhoneParticipants(provider, meetingId, {
      now: dataNow,
      wait: async (ms) => {
        waits.push(ms);
        // After round 5, the number that rings on is cancelled.
        if (waits.length === 5) await provider.cancelCallOut(meetingId, [{ number: '+8613900139000' }]);
        harness.emulator.advanceTime(ms);
      },
    })) {
      events.push(event);
      if (event.type === 'round' && event.round === 15) break;
    }
    expect(waits.every((ms) => ms === 5_000)).toBe(true);
    const changes = events.filter(
      (event): event is PhoneChangeEvent => event.type !== 'round' && event.type !== 'meeting-ended',
    );
    expect(changes.filter((event) => event.round === 1)).toHaveLength(calloutCount + numbers.length);
    const story = (number: string) =>
      changes
        .filter((event) => event.participant.phone.parsed && event.participant.phone.e164 === number)
        .map((event) => `${event.from ?? '-'}>${event.to} @${event.round}`);
    expect(story('+8613900139001')).toEqual(['->calling @1', 'calling>connected @2', 'connected>ended @14']);
    expect(story('+8613900139006')).toEqual(['->calling @1', 'calling>unanswered @2']);
    expect(story('+8613900139007')).toEqual(['->calling @1', 'calling>connected @2']);
    expect(story('+8613900139009')).toEqual(['->calling @1', 'calling>unanswered @2']);
    expect(story('+8613900139000')).toEqual(['->calling @1', 'calling>cancelled @6']);
    // Nothing else moved: the seeded rows keep their status without liveCalloutProgress.
    expect(changes.filter((event) => event.round > 1)).toHaveLength(6);
    // Each event is stamped with its round's moment on the data clock.
    for (const event of changes) expect(event.at.getTime()).toBe(now + (event.round - 1) * 5_000);
    const rounds = events.filter((event): event is LiveRoundEvent => event.type === 'round');
    expect(rounds.map((round) => round.round)).toEqual(Array.from({ length: 15 }, (_, index) => index + 1));
    expect(rounds.at(-1)?.counts.count).toBe(calloutCount + numbers.length);
  });

  it('watches the 10,000-callout meeting within half of Tencent’s 300 calls a minute', async () => {
    harness.emulator.setScenario({ liveCalloutProgress: true });
    try {
      const provider = harness.provider();
      const { meetingId, calloutCount } = fixtures().largeCalloutMeeting;
      const requests: number[] = [];
      let before = harness.emulator.stats.requests;
      const rounds: LiveRoundEvent[] = [];
      const moved: PhoneChangeEvent[] = [];
      const tracker = trackPhoneParticipants(provider, meetingId, {
        wait: async (ms) => {
          harness.emulator.advanceTime(ms);
        },
      });
      // Two rounds: a third would meet the client's own limit of 300 in a real minute.
      for await (const event of tracker) {
        if (event.type === 'round') {
          requests.push(harness.emulator.stats.requests - before);
          before = harness.emulator.stats.requests;
          rounds.push(event);
          if (event.round === 2) break;
        } else if (event.type !== 'meeting-ended' && event.round === 2) moved.push(event);
      }
      // 100 pages of 100 and the meeting's status (read again: a minute has passed).
      expect(requests).toEqual([101, 101]);
      expect(rounds.map((round) => round.callsThisRound)).toEqual(requests);
      for (const round of rounds) {
        expect(round.counts.count).toBe(calloutCount);
        expect(round.intervalMs).toBe(60_000);
        expect(round.budget).toMatchObject({
          requestsPerMinute: 300,
          source: 'provider',
          share: 0.5,
          allowedPerMinute: 150,
          callsPerRound: 101,
          callsPerMinute: 101,
          overBudget: false,
        });
      }
      // A minute of the meeting moved some lines on, each once.
      expect(moved.length).toBeGreaterThan(0);
      expect(moved.every((event) => event.type === 'status-changed' && event.from !== event.to)).toBe(true);
      expect(new Set(moved.map((event) => event.participant.participantId)).size).toBe(moved.length);
    } finally {
      harness.emulator.setScenario({ liveCalloutProgress: false });
    }
  });
});
