import { type PollBudget, planPollInterval, type SleepFunction } from '@callroll/core';

/**
 * The tracker's wait between rounds, which a person's action (a call placed) can cut short: down
 * to what the rate budget needs between rounds, never below, so only the interval the person set
 * gives way, not the account's limit.
 */
export class PokeableWait {
  private wake: (() => void) | undefined;
  private pokedEarly = false;
  /** The budget of the round before the wait (from its `round` event). */
  budget: PollBudget | undefined;

  constructor(
    private readonly sleep: SleepFunction,
    private readonly clock: () => number,
  ) {}

  readonly wait = async (ms: number, signal: AbortSignal | undefined): Promise<void> => {
    const started = this.clock();
    const poked = new Promise<'poked'>((resolve) => {
      this.wake = () => resolve('poked');
      if (this.pokedEarly) resolve('poked');
    });
    this.pokedEarly = false;
    const timer = new AbortController();
    const stop = () => timer.abort(signal?.reason);
    signal?.addEventListener('abort', stop, { once: true });
    try {
      const slept = this.sleep(ms, timer.signal).then(
        () => 'slept' as const,
        (error: unknown) => {
          // Stopped by a poke: nothing to say; stopped by the tracker's signal: the tracker ends.
          if (signal?.aborted) throw error;
          return 'stopped' as const;
        },
      );
      const why = await Promise.race([slept, poked]);
      if (why === 'poked') {
        timer.abort();
        const left = this.floorMs() - (this.clock() - started);
        if (left > 0) await this.sleep(left, signal);
      }
    } finally {
      this.wake = undefined;
      signal?.removeEventListener('abort', stop);
    }
    if (signal?.aborted) throw signal.reason;
  };

  /** Ends the wait under way, or the next one, as soon as the budget allows. */
  poke(): void {
    if (this.wake) this.wake();
    else this.pokedEarly = true;
  }

  private floorMs(): number {
    const budget = this.budget;
    if (!budget) return 0;
    return planPollInterval({
      callsPerRound: budget.callsPerRound,
      requestsPerMinute: budget.requestsPerMinute,
      source: budget.source,
      share: budget.share,
      minIntervalMs: 0,
    }).intervalMs;
  }
}
