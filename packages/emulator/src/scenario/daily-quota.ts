const dayMs = 86_400_000;
/** Tencent's days are Beijing days (UTC+8, no daylight saving). */
const beijingOffsetMs = 8 * 3_600_000;

/**
 * Counts accepted calls per app per Beijing calendar day, for Tencent's daily limit (190311).
 * Every accepted call of the day counts, also those made before a limit was set.
 */
export class DailyQuota {
  private day = Number.NaN;
  private readonly counts = new Map<string, number>();

  /** Whether the app has used up `limit` calls today; a limit of 0 or less is no limit. */
  isUsedUp(app: string, limit: number, nowMs: number): boolean {
    this.roll(nowMs);
    return limit > 0 && (this.counts.get(app) ?? 0) >= limit;
  }

  record(app: string, nowMs: number): void {
    this.roll(nowMs);
    this.counts.set(app, (this.counts.get(app) ?? 0) + 1);
  }

  clear(): void {
    this.counts.clear();
  }

  private roll(nowMs: number): void {
    const day = Math.floor((nowMs + beijingOffsetMs) / dayMs);
    if (day === this.day) return;
    this.day = day;
    this.counts.clear();
  }
}
