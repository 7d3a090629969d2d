/**
 * Calendar days as whole numbers (days since 1970-01-01 in some zone), so that date ranges, the
 * one-month rule and day-by-day generation are integer arithmetic with no Date objects in loops.
 */

const daySeconds = 86_400;

export interface CivilDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

/** The day number of a unix time in a zone `offsetSeconds` east of UTC. */
export function dayOf(seconds: number, offsetSeconds: number): number {
  return Math.floor((seconds + offsetSeconds) / daySeconds);
}

/** Unix seconds of midnight at the start of `day` in that zone. */
export function dayStartSeconds(day: number, offsetSeconds: number): number {
  return day * daySeconds - offsetSeconds;
}

export function civilOf(day: number): CivilDate {
  const date = new Date(day * daySeconds * 1000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day number of a calendar date; months out of 1..12 roll over into other years. */
export function dayFromCivil(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / (daySeconds * 1000));
}

/** Whether the numbers name a real date (2025-02-30 does not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const civil = civilOf(dayFromCivil(year, month, day));
  return civil.year === year && civil.month === month && civil.day === day;
}

/** The same day of the month `months` later (or earlier), clamped to the month's end. */
export function addMonths(day: number, months: number): number {
  const { year, month, day: dayOfMonth } = civilOf(day);
  const lastOfTarget = civilOf(dayFromCivil(year, month + months + 1, 0)).day;
  return dayFromCivil(year, month + months, Math.min(dayOfMonth, lastOfTarget));
}

/** `yyyy-MM-dd`. */
export function isoDate(day: number): string {
  const { year, month, day: dayOfMonth } = civilOf(day);
  return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** 0 Sunday .. 6 Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
