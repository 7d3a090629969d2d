import {
  type Meeting,
  type PhoneSummary,
  PhoneSummaryBuilder,
  type ProviderV1,
  phoneParticipantPages,
} from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { renderSummary } from '../output/meeting-summary-output.js';
import type { OutputFormat } from '../output/output-format.js';
import { createProgress } from '../output/progress.js';
import { createSummaryListWriter } from '../output/summary-list-writer.js';
import type { TextSink } from '../output/text-sink.js';
import { openProvider } from '../providers/open-provider.js';
import { type CliContext, logLine } from '../run/cli-context.js';
import { readCommandRefs, resolveCommandRefs } from '../run/command-meeting-refs.js';
import { openFormat, openSink } from '../run/listing-output.js';
import { MeetingFailures } from '../run/meeting-failures.js';
import { summarizeMeetings } from '../run/summarize-meetings.js';

/** `callroll meeting --provider <id> <meeting-id-or-code>... [--ids-from <file>] [--fail-fast]` */
export async function runMeetingCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { messages } = context;
  const { options } = line;
  const { refs, duplicates } = await readCommandRefs(context, line, 'meeting', messages.argumentMeetingRef);
  const format = openFormat(context, options);
  const { provider, factory } = await openProvider(context, 'meeting', options);
  try {
    if (duplicates > 0) logLine(context, `callroll: ${messages.duplicateRefs(duplicates)}`);
    if (refs.length === 1 && options.idsFrom === undefined) {
      const { meeting, summary } = await summarizeMeeting(context, provider, refs[0].ref);
      await writeSummary(context, await openSink(context, options), format, meeting, summary);
      return;
    }
    const failures = options.failFast ? undefined : new MeetingFailures(context, factory);
    const resolution = await resolveCommandRefs(context, provider, refs, { withMeetings: true, failures });
    const sink = await openSink(context, options);
    const writer = createSummaryListWriter(format, sink, {
      messages,
      locale: context.locale,
      timeZone: context.timeZone,
    });
    try {
      for (const failure of resolution.failures) await failures?.add(failure, writer);
      await summarizeMeetings(context, provider, resolution.meetings, writer, failures);
    } finally {
      await writer.finish();
      await sink.close();
    }
    failures?.finish(refs.length);
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
  const progress = await createProgress(context.stderr, !context.verbose, context.messages, context.locale);
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
