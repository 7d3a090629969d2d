import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { builtinProviderFactories } from '@callroll/accounts';
import {
  collect,
  formatMoney,
  type Meeting,
  type Money,
  NotFoundError,
  type PhoneParticipant,
  type ProviderFactoryV1,
  type ProviderV1,
  streamMeetings,
  sumMoney,
} from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Column } from '../output/column.js';
import { createCsvWriter } from '../output/csv-writer.js';
import { formatBytes, formatLocalTime } from '../output/format-values.js';
import { phoneColumns } from '../output/phone-columns.js';
import { createTableWriter } from '../output/table-writer.js';
import { TextSink } from '../output/text-sink.js';
import type { CliContext } from '../run/cli-context.js';
import { exportPhones } from '../run/export-phones.js';
import { transportListener } from '../run/transport-log.js';
import { summarizeMeeting, writeSummary } from './meeting-command.js';

/** Same seed and same moment, same data: the demo prints the same thing on every machine. */
const seed = 'demo';
const dataMoment = Date.UTC(2026, 10, 2, 2, 0, 0);
const shownRows = 8;
const previewLines = 4;

/**
 * `callroll demo`: the emulator on a free loopback port, the providers pointed at it, and the
 * commands a user would run, each with what it prints. Needs no account and no network.
 */
export async function runDemoCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { messages } = context;
  const [extra] = line.positionals;
  if (extra !== undefined) {
    throw new CliError(
      `${messages.unexpectedArgument(extra, 'demo')} ${messages.seeHelp('demo')}`,
      exitCodes.usage,
    );
  }
  const started = Date.now();
  const outputDir =
    line.options.outputDir === undefined
      ? await mkdtemp(join(tmpdir(), 'callroll-demo-'))
      : resolve(context.cwd, line.options.outputDir);
  await mkdir(outputDir, { recursive: true });

  // Loaded here only: no other command needs the emulator.
  const { startEmulator } = await import('@callroll/emulator');
  const emulator = await startEmulator({ seed, now: dataMoment });
  const out = TextSink.forStream(context.stdout);
  const say = async (text: string) => {
    await out.write(`${text}\n`);
  };
  const tencent = createProvider(context, 'tencent', {
    ...emulator.tencent.credentials,
    baseURL: emulator.tencent.baseURL,
  });
  const systec = createProvider(context, 'systec', {
    ...emulator.systec.credentials,
    baseURL: emulator.systec.baseURL,
  });
  try {
    await say(messages.demo.title(emulator.url, seed));
    const { largeCalloutMeeting, everyStatusMeeting } = emulator.tencent.fixtures;

    await say(messages.demo.step(1, messages.demo.byStatus));
    await say(`$ callroll meeting --provider tencent ${largeCalloutMeeting.meetingCode}\n`);
    const { meeting, summary } = await summarizeMeeting(context, tencent, largeCalloutMeeting.meetingCode);
    await writeSummary(context, out, 'table', meeting, summary);

    await say(messages.demo.step(2, messages.demo.firstRows(shownRows)));
    await say(`$ callroll phones --provider tencent ${everyStatusMeeting.meetingId} --mask\n`);
    await showFirstRows(context, out, tencent, everyStatusMeeting.meetingId);

    await say(messages.demo.step(3, messages.demo.systecMonth));
    const { busyMonth } = emulator.systec.fixtures;
    await say(`$ callroll meetings --provider systec --from ${busyMonth.from} --to ${busyMonth.to}\n`);
    await showSystecMonth(context, out, systec, busyMonth);

    await say(messages.demo.step(4, messages.demo.export));
    const file = join(outputDir, 'tencent-callouts.csv');
    await say(`$ callroll phones --provider tencent ${largeCalloutMeeting.meetingId} --output ${file}\n`);
    const sink = await TextSink.forFile(file);
    const columns = phoneColumns({ messages, timeZone: context.timeZone, mask: false, showMeeting: false });
    const writer = createCsvWriter<PhoneParticipant>(sink, columns);
    const large = {
      source: { ref: largeCalloutMeeting.meetingId, where: '' },
      meetingId: largeCalloutMeeting.meetingId,
    };
    await exportPhones(context, tencent, [large], { format: 'csv', sink, writer });
    await say(messages.demo.exported(writer.rows, file, formatBytes(sink.bytes)));
    await say(messages.demo.firstLines);
    for (const text of await firstLines(file, previewLines)) await say(`  ${text}`);
  } finally {
    await tencent.close?.();
    await systec.close?.();
    await emulator.close();
  }
  await say(messages.demo.stopped);
  await say(messages.demo.tryIt);
  await say(messages.demo.elapsed(((Date.now() - started) / 1000).toFixed(1)));
}

function createProvider(context: CliContext, id: string, settings: Record<string, unknown>): ProviderV1 {
  const factory = builtinProviderFactories.find((candidate) => candidate.id === id) as ProviderFactoryV1;
  context.inUse.factory = factory;
  return factory.create(settings, { onEvent: transportListener(context, factory.displayName) });
}

async function showFirstRows(context: CliContext, out: TextSink, provider: ProviderV1, meetingId: string) {
  const page = await provider.listPhoneParticipants(meetingId, {
    pageSize: shownRows,
    signal: context.signal,
  });
  const columns = phoneColumns({
    messages: context.messages,
    timeZone: context.timeZone,
    mask: true,
    showMeeting: false,
  });
  const writer = createTableWriter<PhoneParticipant>(out, columns, context.messages.noRows);
  for (const phone of page.items) await writer.write(phone);
  await writer.finish();
}

interface MeetingCost {
  meeting: Meeting;
  calls: number;
  cost: Money | undefined;
}

/** A month of Systec meetings with the telephony cost of each, summed exactly. */
async function showSystecMonth(
  context: CliContext,
  out: TextSink,
  provider: ProviderV1,
  month: { from: string; to: string },
): Promise<void> {
  const { messages, signal } = context;
  // The fixture's dates are Beijing days; the range covers them whole.
  const from = new Date(`${month.from}T00:00:00+08:00`);
  const to = new Date(new Date(`${month.to}T00:00:00+08:00`).getTime() + 86_400_000);
  const meetings = await collect(streamMeetings(provider, { from, to }, { signal }));
  // Asked for all at once, the reports go out 200 meetings a call.
  const costs = await Promise.all(
    meetings.map(async (meeting): Promise<MeetingCost> => {
      try {
        const calls = (await provider.listPhoneParticipants(meeting.id, { signal })).items;
        return { meeting, calls: calls.length, cost: sumMoney(calls.map((call) => call.cost))[0] };
      } catch (error) {
        // Live meetings and those with a single participant have no report yet.
        if (NotFoundError.isInstance(error)) return { meeting, calls: 0, cost: undefined };
        throw error;
      }
    }),
  );
  const titles = messages.columns;
  const columns: Column<MeetingCost>[] = [
    {
      key: 'start',
      title: titles.start,
      value: (row) => row.meeting.startAt?.toISOString() ?? null,
      text: (row) => formatLocalTime(row.meeting.startAt, context.timeZone),
    },
    { key: 'topic', title: titles.topic, value: (row) => row.meeting.topic ?? null, freeText: true },
    { key: 'calls', title: messages.demo.systecCalls, value: (row) => row.calls, align: 'right' },
    {
      key: 'cost',
      title: titles.cost,
      value: (row) => (row.cost ? formatMoney(row.cost) : null),
      align: 'right',
    },
  ];
  const writer = createTableWriter<MeetingCost>(out, columns, messages.noRows);
  for (const row of costs.filter((row) => row.calls > 0).slice(0, shownRows)) await writer.write(row);
  await writer.finish();
  const [total] = sumMoney(costs.map((row) => row.cost));
  const calls = costs.reduce((sum, row) => sum + row.calls, 0);
  await out.write(
    `${messages.demo.systecTotals(meetings.length, calls, total ? formatMoney(total) : '0')}\n`,
  );
}

async function firstLines(file: string, count: number): Promise<string[]> {
  const lines: string[] = [];
  const reader = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const text of reader) {
    // The file's byte-order mark is for Excel, not for the screen.
    lines.push(lines.length === 0 ? text.replace(/^\uFEFF/, '') : text);
    if (lines.length >= count) break;
  }
  reader.close();
  return lines;
}
