import { type PhoneParticipant, type ProviderV1, phoneParticipantPages } from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { parseStatuses } from '../cli/parse-statuses.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import { phoneColumns } from '../output/phone-columns.js';
import { createProgress } from '../output/progress-bar.js';
import { openProvider } from '../providers/open-provider.js';
import type { CliContext } from '../run/cli-context.js';
import { completeListing, type ListingOutput, openFormat, openListingOutput } from '../run/listing-output.js';
import { writePages } from '../run/write-pages.js';

/** `callroll phones --provider <id> <meeting-id>... [--status <s>...]` */
export async function runPhonesCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { messages } = context;
  const { options } = line;
  const meetingIds = line.positionals;
  if (meetingIds.length === 0) {
    throw new CliError(
      `${messages.missingArgument(messages.argumentMeetingIds, 'phones')} ${messages.seeHelp('phones')}`,
      exitCodes.usage,
    );
  }
  const statuses = parseStatuses(options.status, messages);
  const format = openFormat(context, options);
  const { provider } = await openProvider(context, 'phones', options);
  try {
    const output = await openListingOutput(
      context,
      format,
      options,
      phoneColumns({
        messages,
        timeZone: context.timeZone,
        mask: options.mask,
        showMeeting: meetingIds.length > 1,
      }),
    );
    await exportPhones(context, provider, meetingIds, statuses, output);
  } finally {
    await provider.close?.();
  }
}

/** Streams the phone participants of each meeting in turn into the output (also used by the demo). */
export async function exportPhones(
  context: CliContext,
  provider: ProviderV1,
  meetingIds: readonly string[],
  statuses: ReadonlySet<string>,
  output: ListingOutput<PhoneParticipant>,
): Promise<void> {
  // Rows on the terminal are their own progress; a bar is for output going elsewhere.
  const toTerminal = output.sink.path === undefined && context.stdout.isTTY === true;
  const progress = createProgress(
    context.stderr,
    !toTerminal && !context.verbose,
    context.messages,
    context.locale,
  );
  try {
    await completeListing(output, async () => {
      for (const [index, meetingId] of meetingIds.entries()) {
        let total: number | undefined;
        const label =
          meetingIds.length > 1 ? context.messages.progressMeeting(index + 1, meetingIds.length) : '';
        await writePages(
          phoneParticipantPages(provider, meetingId, {
            signal: context.signal,
            onPage: (page) => {
              total ??= page.total;
            },
          }),
          output.writer,
          {
            signal: context.signal,
            keep: statuses.size === 0 ? undefined : (phone) => statuses.has(phone.status),
            onProgress: (read) => progress.update(read, total, label),
          },
        );
      }
    });
  } finally {
    progress.stop();
  }
}
