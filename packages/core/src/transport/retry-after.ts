/**
 * The wait a `Retry-After` header asks for, in milliseconds: delay-seconds or an HTTP-date (a date
 * in the past means no wait). `undefined` when absent or unreadable.
 */
export function parseRetryAfterMs(value: string | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  // Only dates with a weekday or month name: bare numbers were handled above and `Date.parse` is lax.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
