import {
  type PhoneSummary,
  PhoneSummaryBuilder,
  type ProviderV1,
  phoneParticipantsOfMeetings,
} from '@callroll/core';
import { createProgress } from '../output/progress.js';
import type { SummaryListWriter } from '../output/summary-list-writer.js';
import type { CliContext } from './cli-context.js';
import type { MeetingFailures } from './meeting-failures.js';
import type { ResolvedMeeting } from './resolve-meetings.js';

/**
 * `callroll meeting` with many meetings: each meeting's phone lines read once (the next meetings'
 * read ahead, batched where the provider batches) into a running summary, written as soon as the
 * meetings before it are; a meeting that fails is a warning and a note, the others go on.
 */
export async function summarizeMeetings(
  context: CliContext,
  provider: ProviderV1,
  meetings: readonly ResolvedMeeting[],
  writer: SummaryListWriter,
  failures: MeetingFailures | undefined,
): Promise<void> {
  const progress = await createProgress(context.stderr, !context.verbose, context.messages, context.locale);
  const ids = meetings.map((meeting) => meeting.meetingId);
  let builder = new PhoneSummaryBuilder();
  let rows = 0;
  let done = 0;
  const finishMeeting = async (index: number, summary: PhoneSummary) => {
    const meeting = meetings[index]?.meeting;
    if (meeting) await writer.write(meeting, summary);
    builder = new PhoneSummaryBuilder();
    done++;
  };
  try {
    for await (const event of phoneParticipantsOfMeetings(provider, ids, { signal: context.signal })) {
      const source = meetings[event.index]?.source;
      if (event.kind === 'error') {
        if (!failures || !source) throw event.error;
        await failures.add({ source, meetingId: event.meetingId, error: event.error }, writer);
        builder = new PhoneSummaryBuilder();
        done++;
      } else if (event.kind === 'end') await finishMeeting(event.index, builder.result);
      else {
        for (const phone of event.items) builder.add(phone);
        rows += event.items.length;
      }
      progress.update(rows, undefined, context.messages.progressMeetings(done, meetings.length));
    }
  } finally {
    progress.stop();
  }
}
