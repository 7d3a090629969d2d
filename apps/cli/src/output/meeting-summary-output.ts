import type { PhoneSummary } from '@callroll/core';
import { csvRow, formatMoney, type Meeting, phoneStatusSchema, toMeetingSummaryRecord } from '@callroll/core';
import type { Messages } from '../i18n/messages.js';
import type { CellValue } from './column.js';
import { displayWidth, fitCell } from './display-width.js';
import { formatCount, formatDuration, formatLocalTime } from './format-values.js';
import type { OutputFormat } from './output-format.js';

export interface SummaryTextOptions {
  messages: Messages;
  locale: string;
  timeZone: string;
}

/** The whole output of `callroll meeting` in a format. */
export function renderSummary(
  format: OutputFormat,
  meeting: Meeting,
  summary: PhoneSummary,
  options: SummaryTextOptions,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toMeetingSummaryRecord(meeting, summary), null, 2)}\n`;
    case 'ndjson':
      return `${JSON.stringify(toMeetingSummaryRecord(meeting, summary))}\n`;
    case 'csv':
      return summaryCsv(meeting, summary);
    case 'table':
      return summaryText(meeting, summary, options);
  }
}

function summaryCsvCells(meeting: Meeting, summary: PhoneSummary): [string, CellValue, boolean][] {
  const record = toMeetingSummaryRecord(meeting, summary);
  return [
    ['provider', meeting.provider, false],
    ['id', meeting.id, false],
    ['code', meeting.code ?? null, false],
    ['topic', meeting.topic ?? null, true],
    ['status', meeting.status, false],
    ['startAt', record.startAt, false],
    ['endAt', record.endAt, false],
    ['host', meeting.host ?? null, true],
    ['phoneParticipants', summary.count, false],
    ...phoneStatusSchema.options.map((status): [string, CellValue, boolean] => [
      status,
      summary.byStatus[status],
      false,
    ]),
    ['durationSeconds', record.durationSeconds, false],
    // Several currencies are listed side by side: `12.00;3.50` with `CNY;USD`.
    ['cost', summary.cost.map((money) => money.amount).join(';') || null, false],
    ['currency', summary.cost.map((money) => money.currency).join(';') || null, false],
  ];
}

/** The CSV header line of meeting summaries. */
export function summaryCsvHeader(meeting: Meeting, summary: PhoneSummary): string {
  return csvRow(summaryCsvCells(meeting, summary).map(([key]) => key));
}

/** One meeting summary as a CSV line. */
export function summaryCsvRow(meeting: Meeting, summary: PhoneSummary): string {
  const cells = summaryCsvCells(meeting, summary);
  return csvRow(
    cells.map(([, value]) => value),
    cells.map(([, , freeText]) => freeText),
  );
}

function summaryCsv(meeting: Meeting, summary: PhoneSummary): string {
  return summaryCsvHeader(meeting, summary) + summaryCsvRow(meeting, summary);
}

/** A meeting summary in words, for a terminal. */
export function summaryText(meeting: Meeting, summary: PhoneSummary, options: SummaryTextOptions): string {
  const { messages, locale, timeZone } = options;
  const labels = messages.summary;
  const count = (value: number) => formatCount(value, locale);
  const rows: [string, string][] = [
    [labels.topic, meeting.topic ?? ''],
    [labels.id, meeting.id],
    ...(meeting.code ? [[labels.code, meeting.code] as [string, string]] : []),
    [labels.status, messages.meetingStatus[meeting.status]],
    [labels.start, formatLocalTime(meeting.startAt, timeZone)],
    [labels.end, formatLocalTime(meeting.endAt, timeZone)],
    ...(meeting.host ? [[labels.host, meeting.host] as [string, string]] : []),
    ['', ''],
    [labels.phones, count(summary.count)],
    [labels.byStatus, ''],
  ];
  const countWidth = Math.max(
    ...phoneStatusSchema.options.map((status) => count(summary.byStatus[status]).length),
  );
  for (const status of phoneStatusSchema.options) {
    let value = fitCell(count(summary.byStatus[status]), countWidth, 'right', false);
    if (status === 'unknown' && summary.unknownRawStatuses.size > 0) {
      const raw = [...summary.unknownRawStatuses]
        .map(([text, n]) => `${text === '' ? '""' : text} ${count(n)}`)
        .join(', ');
      value += `  ${labels.rawStatuses(raw)}`;
    }
    rows.push([`  ${messages.phoneStatus[status]}`, value]);
  }
  rows.push([
    labels.duration,
    summary.linesWithDuration > 0
      ? labels.durationValue(formatDuration(summary.durationSeconds), summary.linesWithDuration)
      : labels.notReported,
  ]);
  rows.push([
    labels.cost,
    summary.cost.length > 0 ? summary.cost.map((m) => formatMoney(m)).join(', ') : labels.notReported,
  ]);
  const width = Math.max(...rows.map(([label]) => displayWidth(label))) + 2;
  return (
    rows.map(([label, value]) => `${fitCell(label, width, 'left', false)}${value}`.trimEnd()).join('\n') +
    '\n'
  );
}
