import {
  type PhoneParticipant,
  type ProviderV1,
  phoneParticipantsOfMeetings,
  throwIfAborted,
} from '@callroll/core';
import { createProgress } from '../output/progress.js';
import type { CliContext } from './cli-context.js';
import { completeListing, type ListingOutput } from './listing-output.js';
import type { MeetingFailures } from './meeting-failures.js';
import type { ResolvedMeeting } from './resolve-meetings.js';

export interface ExportPhonesOptions {
  /** Rows to leave out (`--status`); they still count as read. */
  keep?: ((phone: PhoneParticipant) => boolean) | undefined;
  /** Where a meeting that fails goes; without it (one meeting, `--fail-fast`) its error ends the command. */
  failures?: MeetingFailures | undefined;
}

/**
 * Streams the phone participants of the meetings into the output, meeting after meeting in the
 * order asked, the next ones read ahead (in shared calls where the provider batches), writing row
 * by row with backpressure. Also used by the demo.
 */
export async function exportPhones(
  context: CliContext,
  provider: ProviderV1,
  meetings: readonly ResolvedMeeting[],
  output: ListingOutput<PhoneParticipant>,
  options: ExportPhonesOptions = {},
): Promise<void> {
  // Rows on the terminal are their own progress; a bar is for output going elsewhere.
  const toTerminal = output.sink.path === undefined && context.stdout.isTTY === true;
  const progress = await createProgress(
    context.stderr,
    !toTerminal && !context.verbose,
    context.messages,
    context.locale,
  );
  const many = meetings.length > 1;
  let total: number | undefined;
  let read = 0;
  let done = 0;
  const events = phoneParticipantsOfMeetings(
    provider,
    meetings.map((meeting) => meeting.meetingId),
    {
      signal: context.signal,
      // A single meeting's bar shows its total; many meetings' shows meetings done and rows.
      onPage: many
        ? undefined
        : (page) => {
            total ??= page.total;
          },
    },
  );
  try {
    await completeListing(output, async () => {
      for await (const event of events) {
        if (event.kind === 'error') {
          const source = meetings[event.index]?.source;
          if (!options.failures || !source) throw event.error;
          await options.failures.add(
            { source, meetingId: event.meetingId, error: event.error },
            output.writer,
          );
          done++;
          continue;
        }
        if (event.kind === 'end') {
          done++;
          continue;
        }
        for (const item of event.items) {
          // Stops at a row boundary, so that a file ends with a whole row.
          throwIfAborted(context.signal);
          if (options.keep && !options.keep(item)) continue;
          const pending = output.writer.write(item);
          if (pending) await pending;
        }
        read += event.items.length;
        const label = many ? context.messages.progressMeetings(done, meetings.length) : undefined;
        progress.update(read, many ? undefined : total, label);
      }
    });
  } finally {
    progress.stop();
  }
}
