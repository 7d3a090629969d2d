import { parseProviderTime } from '@callroll/core';

const dateOnly = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const dayMs = 86_400_000;
/** Without a start: the last 30 days, enough for a month's reconciliation. */
export const defaultRangeDays = 30;

/**
 * One end of a date range as a person writes it: a date or a date and time without an offset is
 * wall time in `timeZone`; ISO 8601 with `Z` or an offset keeps its own. A date alone as the end
 * means the end of that day, so 2026-11-01 to 2026-11-30 is all of November. undefined: no date.
 */
export function readRangeBound(text: string, end: 'from' | 'to', timeZone: string): Date | undefined {
  const value = text.trim();
  const date = dateOnly.exec(value);
  if (!date || end === 'from') return parseProviderTime(value, timeZone);
  // The next day's midnight, found by calendar (not + 24 h, which a DST change would skew).
  const next = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) + 1));
  if (parseProviderTime(value, timeZone) === undefined) return undefined;
  return parseProviderTime(next.toISOString().slice(0, 10), timeZone);
}

export type MeetingRange =
  | { ok: true; from: Date; to: Date }
  /** `from` or `to` is no date, or `reversed`: the start is not before the end. */
  | { ok: false; problem: 'from' | 'to' | 'reversed' };

/** The range of a meetings listing: the end defaults to now, the start to `defaultRangeDays` before it. */
export function meetingRange(
  texts: { from: string | undefined; to: string | undefined },
  options: { now: number; timeZone: string },
): MeetingRange {
  const to =
    texts.to === undefined ? new Date(options.now) : readRangeBound(texts.to, 'to', options.timeZone);
  if (to === undefined) return { ok: false, problem: 'to' };
  const from =
    texts.from === undefined
      ? new Date(to.getTime() - defaultRangeDays * dayMs)
      : readRangeBound(texts.from, 'from', options.timeZone);
  if (from === undefined) return { ok: false, problem: 'from' };
  if (from.getTime() >= to.getTime()) return { ok: false, problem: 'reversed' };
  return { ok: true, from, to };
}
