// Making an Intl formatter is costly; a table of a million rows needs one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Times as people read them: `2026-11-02 09:00` in the user's time zone. */
export function formatLocalTime(date: Date | undefined, timeZone: string): string {
  if (!date) return '';
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** `h:mm:ss`, which reads the same in every language. */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  const whole = Math.round(seconds);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(whole / 3600)}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
}

/** A count with the locale's grouping (`10,000`). */
export function formatCount(value: number, locale: string): string {
  return value.toLocaleString(locale);
}

/** `1.2 MB` for sizes of written files. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
