import { TZDate } from '@date-fns/tz';

/** True when the runtime knows this IANA time zone (e.g. `Asia/Shanghai`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const naivePattern =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,3}))?)?)?$/;
const zonedPattern = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads a provider's time: a naive `yyyy-M-d[ H:m[:s]]` (padded or not) is taken as wall time in
 * `timeZone`; an ISO string with `Z` or an offset keeps its own offset. Returns undefined for
 * anything else, including impossible dates such as `2017-02-30`.
 */
export function parseProviderTime(text: string, timeZone: string): Date | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const naive = naivePattern.exec(value);
  if (naive) {
    const [year, month, day, hour, minute, second, millis] = naive
      .slice(1)
      .map((part) => (part === undefined ? 0 : Number(part))) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
      return undefined;
    const date = new TZDate(year, month - 1, day, hour, minute, second, millis, timeZone);
    // Date rolls 2017-02-30 over into March; a provider that sent it sent nonsense.
    if (date.getDate() !== day || date.getMonth() !== month - 1) return undefined;
    return new Date(date.getTime());
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && zonedPattern.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/**
 * Reads a unix time sent as seconds or milliseconds, as a number or a digit string. Values past
 * 10^11 are milliseconds (10^11 seconds is the year 5138). Zero means "not set" at the providers
 * we know, and gives undefined.
 */
export function parseUnixTime(value: number | string): Date | undefined {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const number = Number(text);
  if (number === 0) return undefined;
  const date = new Date(number >= 1e11 ? number : number * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The wall-clock date `yyyy-MM-dd` of an instant in a zone, for providers that take dates. */
export function formatDateInZone(instant: Date, timeZone: string): string {
  const date = new TZDate(instant.getTime(), timeZone);
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
