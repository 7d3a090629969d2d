/** A calendar date `yyyy-MM-dd`. */
export type CalendarDate = string;

const dayMs = 86_400_000;

function toUtcMs(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The same day next month, clamped to that month's end (Jan 31 → Feb 28). */
function sameDayNextMonth(date: CalendarDate): number {
  const start = new Date(toUtcMs(date));
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay));
}

/**
 * Splits the dates `first`..`last` (inclusive) into windows of at most one month each (Nov 15 to
 * Dec 14, then from Dec 15), since Systec answers a longer range with its last month only.
 */
export function monthWindows(first: CalendarDate, last: CalendarDate): [CalendarDate, CalendarDate][] {
  const windows: [CalendarDate, CalendarDate][] = [];
  for (let start = first; start <= last; ) {
    const end = fromUtcMs(sameDayNextMonth(start) - dayMs);
    const windowEnd = end < last ? end : last;
    windows.push([start, windowEnd]);
    start = fromUtcMs(toUtcMs(windowEnd) + dayMs);
  }
  return windows;
}
