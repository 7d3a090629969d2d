import { type CallOutTarget, type ProviderCapabilities, readCallOutNumber } from '@callroll/core';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';

/**
 * The numbers of `callout`/`cancel` as typed, read with the core's reader before any request.
 * Any number that cannot be called fails the whole command (exit code 2), naming each with its
 * reason, so that nothing is called when one number was mistyped.
 */
export function readNumberArguments(
  texts: readonly string[],
  options: { area: string | undefined; name: string | undefined; command: 'callout' | 'cancel' },
  capabilities: ProviderCapabilities,
  messages: Messages,
): CallOutTarget[] {
  const live = messages.live;
  const served = capabilities.callOutCallingCodes ?? [];
  const targets: CallOutTarget[] = [];
  const bad: string[] = [];
  for (const text of texts) {
    const read = readCallOutNumber(text, {
      callingCode: options.area,
      name: options.name,
      callingCodes: capabilities.callOutCallingCodes,
    });
    if (read.ok) targets.push(read.target);
    else bad.push(live.badNumber(text, live.numberProblem(read.problem, read.callingCode, served)));
  }
  if (bad.length > 0) {
    throw new CliError(`${live.badNumbers(bad)} ${messages.seeHelp(options.command)}`, exitCodes.usage);
  }
  return targets;
}
