import { parseProviderTime } from '@callroll/core';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';

const dateOnly = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads `--from`/`--to`: a date or a date and time without an offset is wall time in the
 * user's zone; ISO 8601 with `Z` or an offset keeps its own. A date alone given to `--to`
 * means the end of that day, so `--from 2026-11-01 --to 2026-11-30` is all of November.
 */
export function parseDateOption(
  option: '--from' | '--to',
  text: string,
  timeZone: string,
  messages: Messages,
): Date {
  const value = text.trim();
  const date = dateOnly.exec(value);
  let parsed: Date | undefined;
  if (date && option === '--to') {
    // The next day's midnight, found by calendar (not + 24 h, which a DST change would skew).
    const next = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) + 1));
    const valid = parseProviderTime(value, timeZone) !== undefined;
    parsed = valid ? parseProviderTime(next.toISOString().slice(0, 10), timeZone) : undefined;
  } else {
    parsed = parseProviderTime(value, timeZone);
  }
  if (parsed === undefined) {
    throw new CliError(
      `${messages.invalidDate(option, text)} ${messages.seeHelp('meetings')}`,
      exitCodes.usage,
    );
  }
  return parsed;
}
