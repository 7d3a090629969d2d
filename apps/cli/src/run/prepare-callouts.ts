import { readCallOutNumbers } from '@callroll/accounts';
import type { CallOutTarget, Meeting, ProviderV1 } from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { OutputFormat } from '../output/output-format.js';
import { openProvider } from '../providers/open-provider.js';
import type { CliContext } from './cli-context.js';
import { openFormat } from './listing-output.js';

export interface PreparedCallouts {
  provider: ProviderV1;
  meeting: Meeting;
  /** The numbers given on the command line, read and checked. */
  targets: CallOutTarget[];
  format: OutputFormat;
}

/**
 * What `callout` and `cancel` share before calling: the meeting argument, the format, the provider
 * (which must call out), every number checked, and only then the meeting looked up: the first
 * request. The caller closes the provider.
 */
export async function prepareCallouts(
  context: CliContext,
  line: CommandLine,
  command: 'callout' | 'cancel',
  allowNoNumbers: boolean,
): Promise<PreparedCallouts> {
  const { messages } = context;
  const { options } = line;
  const [meetingRef, ...numbers] = line.positionals;
  const usage = (text: string) => new CliError(`${text} ${messages.seeHelp(command)}`, exitCodes.usage);
  if (meetingRef === undefined) throw usage(messages.missingArgument(messages.argumentMeetingRef, command));
  if (numbers.length === 0 && !allowNoNumbers) {
    throw usage(messages.missingArgument(messages.live.argumentNumbers, command));
  }
  const format = openFormat(context, options);
  const { provider, factory } = await openProvider(context, command, options);
  try {
    if (!provider.capabilities.callOut || !provider.startCallOut || !provider.cancelCallOut) {
      throw usage(messages.notSupported(factory.displayName, messages.live.cannotCallOut));
    }
    // Any number that cannot be called fails the whole command, naming each with its reason, so
    // that nothing is called when one number was mistyped.
    const { targets, bad } = readCallOutNumbers(
      numbers,
      { callingCode: options.area, name: options.name },
      provider.capabilities,
      messages,
    );
    if (bad.length > 0) throw usage(messages.badNumbers(bad));
    const meeting = await provider.getMeeting(meetingRef, { signal: context.signal });
    return { provider, meeting, targets, format };
  } catch (error) {
    await provider.close?.();
    throw error;
  }
}

/** The meeting as a question names it. */
export function meetingLabel(meeting: Meeting): string {
  return meeting.topic ? `“${meeting.topic}” (${meeting.id})` : meeting.id;
}
