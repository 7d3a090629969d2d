/** A date and time in the person's locale and time zone, e.g. `2026/11/2 09:00`. */
export function formatDateTime(date: Date, locale: string): string {
  return safeFormat(date, locale, { dateStyle: 'short', timeStyle: 'short' });
}

/**
 * As short as a narrow row allows: `11/2 09:00` within the year of `now`, else with the year.
 */
export function formatShortDateTime(date: Date, locale: string, now: Date): string {
  return date.getFullYear() === now.getFullYear()
    ? safeFormat(date, locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' })
    : formatDateTime(date, locale);
}

/** A time of day only, for rows that already sit under their meeting's date. */
export function formatTime(date: Date, locale: string): string {
  return safeFormat(date, locale, { timeStyle: 'short' });
}

/** A time of day to the second, on a 24-hour clock: when a live meeting was last read (`14:03:12`). */
export function formatClock(date: Date, locale: string): string {
  return safeFormat(date, locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
}

function safeFormat(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    // An unknown locale tag (VS Code has some Intl does not) falls back to the runtime's.
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}
