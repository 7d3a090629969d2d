/**
 * A sliding window per app (one minute unless told otherwise, per call or at construction),
 * counting accepted calls. Sliding (rather than per calendar minute) is the stricter reading: a
 * client that passes here passes a fixed window too.
 */
export class RateLimiter {
  private readonly calls = new Map<string, number[]>();

  constructor(private readonly windowMs = 60_000) {}

  /** Records the call and returns true, or returns false when the app is over `limit`. */
  tryCall(app: string, limit: number, nowMs: number, windowMs = this.windowMs): boolean {
    if (limit <= 0) return true;
    let times = this.calls.get(app);
    if (!times) {
      times = [];
      this.calls.set(app, times);
    }
    let expired = 0;
    while (expired < times.length && (times[expired] ?? 0) <= nowMs - windowMs) expired++;
    if (expired > 0) times.splice(0, expired);
    if (times.length >= limit) return false;
    times.push(nowMs);
    return true;
  }

  /** Milliseconds until the app's oldest counted call leaves the window (0 when nothing is counted). */
  waitMs(app: string, nowMs: number): number {
    const oldest = this.calls.get(app)?.[0];
    return oldest === undefined ? 0 : Math.max(0, oldest + this.windowMs - nowMs);
  }

  clear(): void {
    this.calls.clear();
  }
}
