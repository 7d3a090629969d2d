import { createInterface } from 'node:readline/promises';
import { type CallOutTarget, formatPhoneNumber, parsePhoneNumber } from '@callroll/core';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { CliContext } from './cli-context.js';

/** Numbers listed in full before the rest are counted. */
const shown = 20;

export interface ConfirmRequest {
  targets: readonly CallOutTarget[];
  /** How the meeting is named in the question. */
  meeting: string;
  batchSize: number;
  mask: boolean;
  /** `--yes`. */
  yes: boolean;
}

/**
 * Asks on the terminal before calling (the calls are charged): the numbers, then y/N on standard
 * error, read from standard input in the terminal's own line mode, so that Ctrl-C stays a signal.
 * Without a terminal to ask on, `--yes` is required. Anything but yes calls nothing.
 */
export async function confirmCallout(context: CliContext, request: ConfirmRequest): Promise<void> {
  if (request.yes) return;
  const live = context.messages.live;
  const stdin = process.stdin;
  if (!stdin.isTTY || context.stderr.isTTY !== true)
    throw new CliError(live.needsYes, exitCodes.notConfirmed);
  const { targets } = request;
  const batches = Math.ceil(targets.length / request.batchSize);
  const lines = [live.confirmHeading(targets.length, request.meeting, batches, request.batchSize)];
  for (const target of targets.slice(0, shown)) {
    const phone = parsePhoneNumber({ number: target.number, extension: target.extension });
    lines.push(
      `  ${formatPhoneNumber(phone, { mask: request.mask })}${target.name ? `  ${target.name}` : ''}`,
    );
  }
  if (targets.length > shown) lines.push(live.confirmMore(targets.length - shown));
  lines.push(live.confirmCharged);
  context.stderr.write(`${lines.join('\n')}\n`);
  const reader = createInterface({ input: stdin, output: context.stderr, terminal: false });
  let answer: string;
  try {
    answer = await reader.question(live.confirmPrompt, { signal: context.signal });
  } catch (error) {
    if (context.signal.aborted) throw error;
    answer = ''; // standard input closed: no.
  } finally {
    reader.close();
    stdin.pause();
  }
  if (!live.isYes(answer)) throw new CliError(live.declined, exitCodes.notConfirmed);
}
