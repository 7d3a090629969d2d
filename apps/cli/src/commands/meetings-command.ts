import { meetingPages } from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { parseDateOption } from '../cli/parse-date-option.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import { meetingColumns } from '../output/meeting-columns.js';
import { createProgress } from '../output/progress-bar.js';
import { openProvider } from '../providers/open-provider.js';
import type { CliContext } from '../run/cli-context.js';
import { completeListing, openFormat, openListingOutput } from '../run/listing-output.js';
import { writePages } from '../run/write-pages.js';

const dayMs = 86_400_000;
/** Without --from: the last 30 days, enough for a month's reconciliation. */
const defaultDays = 30;

/** `callroll meetings --provider <id> [--account <name>] [--from <date>] [--to <date>]` */
export async function runMeetingsCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { messages } = context;
  const { options } = line;
  const [extra] = line.positionals;
  if (extra !== undefined) {
    throw new CliError(
      `${messages.unexpectedArgument(extra, 'meetings')} ${messages.seeHelp('meetings')}`,
      exitCodes.usage,
    );
  }
  const now = Date.now();
  const to =
    options.to === undefined
      ? new Date(now)
      : parseDateOption('--to', options.to, context.timeZone, messages);
  const from =
    options.from === undefined
      ? new Date(to.getTime() - defaultDays * dayMs)
      : parseDateOption('--from', options.from, context.timeZone, messages);
  if (from.getTime() >= to.getTime()) {
    throw new CliError(`${messages.rangeReversed} ${messages.seeHelp('meetings')}`, exitCodes.usage);
  }
  const format = openFormat(context, options);
  const { provider, factory } = await openProvider(context, 'meetings', options);
  try {
    if (!provider.capabilities.listMeetings || !provider.listMeetings) {
      throw new CliError(
        messages.notSupported(factory.displayName, messages.capability.listMeetings),
        exitCodes.usage,
      );
    }
    const output = await openListingOutput(
      context,
      format,
      options,
      meetingColumns(messages, context.timeZone),
    );
    const toTerminal = output.sink.path === undefined && context.stdout.isTTY === true;
    const progress = createProgress(
      context.stderr,
      !toTerminal && !context.verbose,
      messages,
      context.locale,
    );
    try {
      await completeListing(output, async () => {
        await writePages(meetingPages(provider, { from, to }, { signal: context.signal }), output.writer, {
          signal: context.signal,
          onProgress: (read) => progress.update(read, undefined),
        });
      });
    } finally {
      progress.stop();
    }
  } finally {
    await provider.close?.();
  }
}
