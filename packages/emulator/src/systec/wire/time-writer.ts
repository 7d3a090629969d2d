import { pad2 } from '../../data/systec/calendar-day.js';
import type { SystecTimeFormat } from '../../scenario/systec-quirks.js';

/**
 * Writes timestamps and dates as the scenario's time format has it: naive `yyyy-MM-dd HH:mm:ss`
 * in Beijing time (the default) or in UTC, or ISO strings with `Z`. Dates (`from`, `to`) and the
 * days they stand for are in the same zone.
 */
export class TimeWriter {
  /** Seconds east of UTC of the zone dates and naive times are in. */
  readonly offsetSeconds: number;

  constructor(private readonly format: SystecTimeFormat) {
    this.offsetSeconds = format === 'naive-shanghai' ? 8 * 3_600 : 0;
  }

  /** `unpadded` writes the date part as `2017-8-31` (never applied to ISO strings). */
  timestamp(seconds: number, unpadded: boolean): string {
    const date = new Date((seconds + this.offsetSeconds) * 1000);
    const time = `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}`;
    if (this.format === 'iso-utc') return `${ymd(date, false)}T${time}Z`;
    return `${ymd(date, unpadded)} ${time}`;
  }

  /** A day number as `yyyy-MM-dd`, or `yyyy-M-d` when `unpadded`. */
  date(day: number, unpadded: boolean): string {
    return ymd(new Date(day * 86_400_000), unpadded);
  }
}

function ymd(date: Date, unpadded: boolean): string {
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return unpadded
    ? `${date.getUTCFullYear()}-${month}-${day}`
    : `${date.getUTCFullYear()}-${pad2(month)}-${pad2(day)}`;
}
