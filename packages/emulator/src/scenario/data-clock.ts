/**
 * The clock the data lives by: it reads the emulator's `now` at start and runs at real speed from
 * there, plus the scenario's `timeOffsetMs`. Placed callouts age by it and live callouts progress
 * by it. It is apart from the signature clock (real time plus `clockSkewSeconds`), so that moving
 * the data on never makes a freshly signed request look stale.
 */
export class DataClock {
  private elapsedBeforeMs = 0;
  private runningSinceMs: number | undefined;

  constructor(
    readonly anchorMs: number,
    frozen: boolean,
    private readonly realNow: () => number = Date.now,
  ) {
    if (!frozen) this.runningSinceMs = realNow();
  }

  /** Stops or restarts the run; the time run so far is kept, so the clock never jumps back. */
  setFrozen(frozen: boolean): void {
    if (frozen && this.runningSinceMs !== undefined) {
      this.elapsedBeforeMs = this.runMs();
      this.runningSinceMs = undefined;
    } else if (!frozen && this.runningSinceMs === undefined) {
      this.runningSinceMs = this.realNow();
    }
  }

  /** The data's time, unix ms. */
  nowMs(offsetMs: number): number {
    return this.anchorMs + this.runMs() + offsetMs;
  }

  private runMs(): number {
    const since = this.runningSinceMs;
    return this.elapsedBeforeMs + (since === undefined ? 0 : Math.max(0, this.realNow() - since));
  }
}
