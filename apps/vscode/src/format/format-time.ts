/** A date and time in the person's locale and time zone, e.g. `2026/11/2 09:00`. */
export function formatDateTime(date: Date, locale: string): string {
  return safeFormat(date, locale, { dateStyle: 'short', timeStyle: 'short' });
}

/** A time of day only, for rows that already sit under their meeting's date. */
export function formatTime(date: Date, locale: string): string {
  return safeFormat(date, locale, { timeStyle: 'short' });
}

function safeFormat(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    // An unknown locale tag (VS Code has some Intl does not) falls back to the runtime's.
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}
