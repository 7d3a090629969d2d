import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';

const usage = (text: string, messages: Messages) =>
  new CliError(`${text} ${messages.seeHelp('watch')}`, exitCodes.usage);

/** `--share 0.5` or `--share 50%`: over 0, at most 1. Absent: the core's default. */
export function parseShare(text: string | undefined, messages: Messages): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(text.trim());
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!(value > 0 && value <= 1)) throw usage(messages.live.invalidShare(text), messages);
  return value;
}

/** `--interval 10`: whole or decimal seconds from 1 to 3600, as milliseconds. */
export function parseInterval(text: string | undefined, messages: Messages): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+(?:\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(value >= 1 && value <= 3600)) throw usage(messages.live.invalidInterval(text), messages);
  return Math.round(value * 1000);
}
