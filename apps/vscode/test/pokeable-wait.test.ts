import { planPollInterval, type SleepFunction } from '@callroll/core';
import { describe, expect, it } from 'vitest';
import { PokeableWait } from '../src/live/pokeable-wait.js';

/** Sleeps the test ends by hand, on a clock it moves. */
function handSleeps() {
  let now = 0;
  const pending: Array<{ ms: number; resolve: () => void }> = [];
  const sleep: SleepFunction = (ms, signal) =>
    new Promise((resolve, reject) => {
      const entry = { ms, resolve };
      pending.push(entry);
      signal?.addEventListener('abort', () => {
        pending.splice(pending.indexOf(entry), 1);
        reject(signal.reason);
      });
    });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { sleep, pending, clock: () => now, advance: (ms: number) => (now += ms), settle };
}

const budgetFor = (callsPerRound: number) =>
  planPollInterval({
    callsPerRound,
    requestsPerMinute: 300,
    source: 'provider',
    share: 0.5,
    minIntervalMs: 30_000,
  }).budget;

describe('PokeableWait', () => {
  it('cuts a wait short to what the budget needs between rounds, never below', async () => {
    const hands = handSleeps();
    const pacing = new PokeableWait(hands.sleep, hands.clock);
    // 2 calls a round: the budget would allow a round every 0.8 s; the setting asks 30 s.
    pacing.budget = budgetFor(2);
    let done = false;
    const waiting = pacing.wait(30_000, undefined).then(() => {
      done = true;
    });
    expect(hands.pending.map((entry) => entry.ms)).toEqual([30_000]);
    hands.advance(300);
    pacing.poke();
    await hands.settle();
    // The 30 s sleep is gone; what is left of the budget's 800 ms remains.
    expect(hands.pending.map((entry) => entry.ms)).toEqual([500]);
    expect(done).toBe(false);
    hands.pending[0]?.resolve();
    await waiting;
    expect(done).toBe(true);
  });

  it('keeps a budget-bound wait whole: a 10,000-line round waits its minute however it is poked', async () => {
    const hands = handSleeps();
    const pacing = new PokeableWait(hands.sleep, hands.clock);
    pacing.budget = budgetFor(101);
    // Poked while a round ran: the next wait gives way at once, down to the budget's 60 s.
    pacing.poke();
    const waiting = pacing.wait(60_000, undefined);
    await hands.settle();
    expect(hands.pending.map((entry) => entry.ms)).toEqual([60_000]);
    hands.pending[0]?.resolve();
    await waiting;
  });

  it('ends with the tracker’s signal', async () => {
    const hands = handSleeps();
    const pacing = new PokeableWait(hands.sleep, hands.clock);
    const controller = new AbortController();
    const waiting = pacing.wait(30_000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
  });
});
