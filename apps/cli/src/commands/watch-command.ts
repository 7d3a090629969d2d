import { type LiveEvent, type Meeting, trackPhoneParticipants } from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { parseInterval, parseShare } from '../cli/parse-watch-options.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import { liveEventRecord, type WatchEndReason, watchSummaryRecord } from '../output/live-event-records.js';
import { renderLiveView } from '../output/live-view.js';
import { phoneColumns } from '../output/phone-columns.js';
import type { TextSink } from '../output/text-sink.js';
import { openProvider } from '../providers/open-provider.js';
import type { CliContext } from '../run/cli-context.js';
import { openSink } from '../run/listing-output.js';
import { TerminalView } from '../run/terminal-view.js';
import { WatchTally } from '../run/watch-tally.js';

/** `callroll watch -p <id> <meeting> [-f ndjson] [-o file] [--share f] [--interval s] [--no-mask]` */
export async function runWatchCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { messages } = context;
  const { options } = line;
  const usage = (text: string) => new CliError(`${text} ${messages.seeHelp('watch')}`, exitCodes.usage);
  const [meetingRef, extra] = line.positionals;
  if (meetingRef === undefined) throw usage(messages.missingArgument(messages.argumentMeetingRef, 'watch'));
  if (extra !== undefined) throw usage(messages.unexpectedArgument(extra, 'watch'));
  const terminal = options.output === undefined && context.stdout.isTTY === true;
  const format = options.format?.toLowerCase() ?? (terminal ? 'table' : 'ndjson');
  if (format !== 'ndjson' && !(format === 'table' && terminal))
    throw usage(messages.live.watchFormat(options.format ?? ''));
  const share = parseShare(options.share, messages);
  const minIntervalMs = parseInterval(options.interval, messages);
  const { provider, factory } = await openProvider(context, 'watch', options);
  try {
    if (provider.capabilities.liveStatus !== true) {
      throw usage(messages.notSupported(factory.displayName, messages.live.cannotWatch));
    }
    const meeting = await provider.getMeeting(meetingRef, { signal: context.signal });
    const events = trackPhoneParticipants(provider, meeting.id, {
      signal: context.signal,
      share,
      minIntervalMs,
      meeting,
    });
    const tally = new WatchTally();
    if (format === 'table')
      await watchOnTerminal(context, events, tally, factory.displayName, !options.noMask);
    else
      await watchAsLines(context, events, tally, meeting, { mask: !options.noMask, output: options.output });
    if (tally.ended && tally.latest) {
      context.stderr.write(
        `${messages.live.meetingEnded(messages.meetingStatus[tally.latest.meeting.status])}\n`,
      );
    }
  } finally {
    await provider.close?.();
  }
}

async function watchOnTerminal(
  context: CliContext,
  events: AsyncIterable<LiveEvent>,
  tally: WatchTally,
  providerName: string,
  mask: boolean,
): Promise<void> {
  const stdout = context.stdout as CliContext['stdout'] & { rows?: number };
  const view = new TerminalView(stdout);
  try {
    for await (const event of events) {
      tally.add(event);
      if (event.type !== 'round') continue;
      view.draw(
        renderLiveView(tally, {
          messages: context.messages,
          locale: context.locale,
          timeZone: context.timeZone,
          provider: providerName,
          mask,
          columns: stdout.columns || 80,
          rows: stdout.rows || 24,
        }),
      );
    }
  } finally {
    view.close();
  }
}

/**
 * One JSON event per line, each written whole, and a summary line however the watch ends
 * (meeting over, Ctrl-C, an error), so that the file is always complete.
 */
async function watchAsLines(
  context: CliContext,
  events: AsyncIterable<LiveEvent>,
  tally: WatchTally,
  meeting: Meeting,
  options: { mask: boolean; output: string | undefined },
): Promise<void> {
  const sink = await openSink(context, options);
  const columns = phoneColumns({
    messages: context.messages,
    timeZone: context.timeZone,
    mask: options.mask,
    showMeeting: false,
  });
  const write = async (sinkTo: TextSink, record: Record<string, unknown>) => {
    const pending = sinkTo.write(`${JSON.stringify(record)}\n`);
    if (pending) await pending;
  };
  let failure: unknown;
  try {
    for await (const event of events) {
      tally.add(event);
      await write(sink, liveEventRecord(event, columns));
    }
  } catch (error) {
    failure = error;
  }
  const reason: WatchEndReason =
    failure === undefined ? 'meeting-ended' : context.signal.aborted ? 'interrupted' : 'error';
  try {
    await write(sink, watchSummaryRecord(meeting.id, tally, reason));
    await sink.close();
  } catch (error) {
    // The first error is the one to report; a closed pipe (… | head) ends quietly through it.
    failure ??= error;
  }
  if (failure !== undefined) throw failure;
}
