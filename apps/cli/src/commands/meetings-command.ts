import { meetingRange } from '@callroll/accounts';
import { meetingPages } from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { rangeError } from '../cli/parse-date-option.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import { meetingColumns } from '../output/meeting-columns.js';
import { createProgress } from '../output/progress.js';
import { openProvider } from '../providers/open-provider.js';
import type { CliContext } from '../run/cli-context.js';
import { completeListing, openFormat, openListingOutput } from '../run/listing-output.js';
import { writePages } from '../run/write-pages.js';

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
  const texts = { from: options.from, to: options.to };
  const range = meetingRange(texts, { now: Date.now(), timeZone: context.timeZone });
  if (!range.ok) throw rangeError(range.problem, texts, messages);
  const { from, to } = range;
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
    const progress = await createProgress(
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
