import { type MeetingRange, readRangeBound } from '@callroll/accounts';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';

/**
 * Reads `--from`/`--to` by the shared rule (wall time in the user's zone unless an offset is
 * given; a date alone given to `--to` is the end of that day), refusing what is no date.
 */
export function parseDateOption(
  option: '--from' | '--to',
  text: string,
  timeZone: string,
  messages: Messages,
): Date {
  const parsed = readRangeBound(text, option === '--from' ? 'from' : 'to', timeZone);
  if (parsed === undefined) throw dateError(option, text, messages);
  return parsed;
}

/** A range `meetingRange` refused, worded for `callroll meetings`. */
export function rangeError(
  problem: Extract<MeetingRange, { ok: false }>['problem'],
  texts: { from: string | undefined; to: string | undefined },
  messages: Messages,
): CliError {
  if (problem === 'reversed') {
    return new CliError(`${messages.rangeReversed} ${messages.seeHelp('meetings')}`, exitCodes.usage);
  }
  return dateError(`--${problem}`, texts[problem] ?? '', messages);
}

function dateError(option: '--from' | '--to', text: string, messages: Messages): CliError {
  return new CliError(
    `${messages.invalidDate(option, text)} ${messages.seeHelp('meetings')}`,
    exitCodes.usage,
  );
}
