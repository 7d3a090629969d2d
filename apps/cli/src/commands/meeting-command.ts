import {
  type Meeting,
  type PhoneSummary,
  PhoneSummaryBuilder,
  type ProviderV1,
  phoneParticipantPages,
} from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import { renderSummary } from '../output/meeting-summary-output.js';
import type { OutputFormat } from '../output/output-format.js';
import { createProgress } from '../output/progress-bar.js';
import type { TextSink } from '../output/text-sink.js';
import { openProvider } from '../providers/open-provider.js';
import type { CliContext } from '../run/cli-context.js';
import { openFormat, openSink } from '../run/listing-output.js';

/** `callroll meeting --provider <id> <meeting-id-or-code>` */
export async function runMeetingCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { messages } = context;
  const { options } = line;
  const [meetingRef, extra] = line.positionals;
  if (meetingRef === undefined) {
    throw new CliError(
      `${messages.missingArgument(messages.argumentMeetingRef, 'meeting')} ${messages.seeHelp('meeting')}`,
      exitCodes.usage,
    );
  }
  if (extra !== undefined) {
    throw new CliError(
      `${messages.unexpectedArgument(extra, 'meeting')} ${messages.seeHelp('meeting')}`,
      exitCodes.usage,
    );
  }
  const format = openFormat(context, options);
  const { provider } = await openProvider(context, 'meeting', options);
  try {
    const { meeting, summary } = await summarizeMeeting(context, provider, meetingRef);
    await writeSummary(context, await openSink(context, options), format, meeting, summary);
  } finally {
    await provider.close?.();
  }
}

/** Finds the meeting and reads every phone line once, keeping only the running totals. */
export async function summarizeMeeting(
  context: CliContext,
  provider: ProviderV1,
  meetingRef: string,
): Promise<{ meeting: Meeting; summary: PhoneSummary }> {
  const meeting = await provider.getMeeting(meetingRef, { signal: context.signal });
  const builder = new PhoneSummaryBuilder();
  const progress = createProgress(context.stderr, !context.verbose, context.messages, context.locale);
  let total: number | undefined;
  try {
    const pages = phoneParticipantPages(provider, meeting.id, {
      signal: context.signal,
      onPage: (page) => {
        total ??= page.total;
      },
    });
    for await (const page of pages) {
      for (const phone of page) builder.add(phone);
      progress.update(builder.result.count, total);
    }
  } finally {
    progress.stop();
  }
  return { meeting, summary: builder.result };
}

export async function writeSummary(
  context: CliContext,
  sink: TextSink,
  format: OutputFormat,
  meeting: Meeting,
  summary: PhoneSummary,
): Promise<void> {
  const text = renderSummary(format, meeting, summary, {
    messages: context.messages,
    locale: context.locale,
    timeZone: context.timeZone,
  });
  await sink.write(text);
  await sink.close();
}
