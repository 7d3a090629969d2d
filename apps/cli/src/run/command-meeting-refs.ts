import type { ProviderV1 } from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { type MeetingRefSource, readMeetingRefs } from '../cli/read-meeting-refs.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import { type CliContext, logLine } from './cli-context.js';
import type { MeetingFailures } from './meeting-failures.js';
import { type Resolution, resolveMeetings } from './resolve-meetings.js';

/** A command's refs, at least one, and how many were given more than once. */
export interface CommandRefs {
  refs: [MeetingRefSource, ...MeetingRefSource[]];
  duplicates: number;
}

/**
 * The meetings a many-meeting command (`meeting`, `phones`) is asked for: its arguments, then the
 * lines of `--ids-from`. None is a usage error that names `what` is missing.
 */
export async function readCommandRefs(
  context: CliContext,
  line: CommandLine,
  command: string,
  what: string,
): Promise<CommandRefs> {
  const { messages } = context;
  const { refs, duplicates } = await readMeetingRefs({
    positionals: line.positionals,
    idsFrom: line.options.idsFrom,
    cwd: context.cwd,
    stdin: context.stdin,
    messages,
  });
  const [first, ...rest] = refs;
  if (first === undefined) {
    throw new CliError(
      `${messages.missingArgument(what, command)} ${messages.seeHelp(command)}`,
      exitCodes.usage,
    );
  }
  return { refs: [first, ...rest], duplicates };
}

/**
 * The provider's meetings for a command's refs (`resolveMeetings`), saying how many named one
 * asked for already. The first failure is the command's error unless `failures` goes on past it.
 */
export async function resolveCommandRefs(
  context: CliContext,
  provider: ProviderV1,
  refs: readonly MeetingRefSource[],
  options: { withMeetings: boolean; failures: MeetingFailures | undefined },
): Promise<Resolution> {
  const { messages } = context;
  const resolution = await resolveMeetings(provider, refs, {
    withMeetings: options.withMeetings,
    signal: context.signal,
    messages,
  });
  if (resolution.sameMeeting > 0)
    logLine(context, `callroll: ${messages.sameMeetingRefs(resolution.sameMeeting)}`);
  const first = resolution.failures[0];
  if (!options.failures && first) throw first.error;
  return resolution;
}
