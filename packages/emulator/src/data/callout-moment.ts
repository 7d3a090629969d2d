/**
 * When a callout book is read, and the scenario times its statuses follow. Statuses are worked
 * out from these whenever a row is read, so no timers run.
 */
export interface CalloutMoment {
  /** The data clock, unix ms. */
  nowMs: number;
  /** The data clock's distance from the emulator's `now`, ms (0 or more). */
  sinceAnchorMs: number;
  /** How long a callout rings before it is answered or given up. */
  ringMs: number;
  /** How long an answered callout talks before it hangs up. */
  talkMs: number;
  /** Whether the seeded callouts of live meetings move on too. */
  liveProgress: boolean;
}
