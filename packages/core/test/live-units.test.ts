import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhoneLineState } from '../src/live/phone-line-state.js';
import { planPollInterval } from '../src/live/poll-interval.js';
import { parsePhoneNumber } from '../src/model/phone-number.js';
import type { PhoneParticipant, PhoneStatus } from '../src/model/phone-participant.js';

describe('planPollInterval', () => {
  it('never lets a 60 s window hold more than the allowed calls, however long the rounds take', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 2, maxLength: 12 }),
        (calls, requestsPerMinute, share, durations) => {
          const { intervalMs, budget } = planPollInterval({
            callsPerRound: calls,
            requestsPerMinute,
            source: 'option',
            share,
            minIntervalMs: 0,
          });
          if (budget.overBudget) {
            expect(calls).toBeGreaterThan(share * requestsPerMinute);
            // Then the average holds: one round's calls per interval.
            expect((calls * 60_000) / intervalMs).toBeLessThanOrEqual(share * requestsPerMinute + 1e-9);
            return;
          }
          // Each round sends its calls anywhere in its duration; the next starts an interval later.
          const times: number[] = [];
          let start = 0;
          for (const duration of durations) {
            for (let call = 0; call < calls; call++) times.push(start + (duration * call) / calls);
            start += duration + intervalMs;
          }
          // The busiest 60 s window, by two pointers over the sorted call times.
          let busiest = 0;
          let first = 0;
          for (let last = 0; last < times.length; last++) {
            while ((times[last] as number) - (times[first] as number) >= 60_000) first++;
            busiest = Math.max(busiest, last - first + 1);
          }
          expect(busiest).toBeLessThanOrEqual(share * requestsPerMinute);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('polls the 10,000-callout meeting once a minute at half of Tencent’s 300, and a small one every 5 s', () => {
    const big = planPollInterval({
      callsPerRound: 101,
      requestsPerMinute: 300,
      source: 'provider',
      share: 0.5,
      minIntervalMs: 5_000,
    });
    expect(big.intervalMs).toBe(60_000);
    expect(big.budget.callsPerMinute).toBe(101);
    const small = planPollInterval({
      callsPerRound: 2,
      requestsPerMinute: 300,
      source: 'provider',
      share: 0.5,
      minIntervalMs: 5_000,
    });
    expect(small.intervalMs).toBe(5_000);
    expect(small.budget.callsPerMinute).toBe(24);
    // 50 calls: three rounds fit in the 150 allowed, one every 20 s.
    expect(
      planPollInterval({
        callsPerRound: 50,
        requestsPerMinute: 300,
        source: 'provider',
        share: 0.5,
        minIntervalMs: 0,
      }).intervalMs,
    ).toBe(20_000);
  });
});

const context = (round: number) => ({ meetingId: 'm', at: new Date(round * 1000), round });

function line(status: PhoneStatus, extra: Partial<PhoneParticipant> = {}): PhoneParticipant {
  return {
    provider: 'reference',
    meetingId: 'm',
    phone: parsePhoneNumber({ number: '+8613800138000' }),
    direction: 'call-out',
    status,
    raw: {},
    ...extra,
  };
}

describe('PhoneLineState', () => {
  it('tells lines without an id apart by number and name, and repeats of both by their place', () => {
    const state = new PhoneLineState();
    const first = [line('calling'), line('calling'), line('calling', { name: '王芳' })];
    expect(state.update(first, true, context(1)).map((event) => event.type)).toEqual([
      'added',
      'added',
      'added',
    ]);
    const second = [line('calling'), line('connected'), line('calling', { name: '王芳' })];
    const changes = state.update(second, true, context(2));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: 'status-changed', from: 'calling', to: 'connected', round: 2 });
    expect(state.update(second.slice(0, 1), true, context(3)).map((event) => event.type)).toEqual([
      'removed',
      'removed',
    ]);
  });

  it('says nothing removed after a round that read less than the whole listing', () => {
    const state = new PhoneLineState();
    state.update(
      [line('calling', { participantId: 'a' }), line('calling', { participantId: 'b' })],
      true,
      context(1),
    );
    expect(state.update([line('connected', { participantId: 'a' })], false, context(2))).toMatchObject([
      { type: 'status-changed', from: 'calling', to: 'connected' },
    ]);
    expect(state.size).toBe(2);
    // Seen again whole: b was never gone, so nothing is added either.
    expect(
      state.update(
        [line('connected', { participantId: 'a' }), line('calling', { participantId: 'b' })],
        true,
        context(3),
      ),
    ).toEqual([]);
  });

  it('reports a move of the provider’s own text behind `unknown`', () => {
    const state = new PhoneLineState();
    state.update([line('unknown', { participantId: 'a', rawStatus: '' })], true, context(1));
    expect(
      state.update([line('unknown', { participantId: 'a', rawStatus: 'INVITE_TIMEOUT' })], true, context(2)),
    ).toMatchObject([{ type: 'status-changed', from: 'unknown', to: 'unknown' }]);
  });
});
