import type { SleepFunction } from '@callroll/core';
import type { Emulator } from '@callroll/emulator';

/** Waits until `condition` holds, checking between turns of the event loop (never a timing check). */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 4_000; turn++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/**
 * The live trackers' waits, run out by the test: each moves the emulator's (frozen) data clock on
 * by its length, so the callouts age and the rate window counts as they would in real time.
 */
export class ManualClock {
  private readonly pending: Array<{ ms: number; resolve: () => void }> = [];
  /** The length of every wait run out, in order. */
  readonly waited: number[] = [];

  constructor(private readonly emulator: Emulator) {}

  readonly sleep: SleepFunction = (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const entry = { ms, resolve };
      this.pending.push(entry);
      signal?.addEventListener(
        'abort',
        () => {
          const index = this.pending.indexOf(entry);
          if (index >= 0) this.pending.splice(index, 1);
          reject(signal.reason);
        },
        { once: true },
      );
    });

  readonly now = (): Date => new Date(this.emulator.time.nowMs);
  readonly clock = (): number => this.emulator.time.nowMs;

  get waiting(): number {
    return this.pending.length;
  }

  /** Runs out the oldest wait (once there is one) and returns its length. */
  async elapse(): Promise<number> {
    await until(() => this.pending.length > 0, 'a tracker to wait');
    const entry = this.pending.shift() as { ms: number; resolve: () => void };
    this.emulator.advanceTime(entry.ms);
    this.waited.push(entry.ms);
    entry.resolve();
    return entry.ms;
  }
}
