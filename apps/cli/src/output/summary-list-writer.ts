import { type Meeting, type PhoneSummary, toMeetingSummaryRecord } from '@callroll/core';
import {
  renderSummary,
  type SummaryTextOptions,
  summaryCsvHeader,
  summaryCsvRow,
} from './meeting-summary-output.js';
import type { OutputFormat } from './output-format.js';
import type { TextSink } from './text-sink.js';

/** The summaries of many meetings, written one by one as each is read. */
export interface SummaryListWriter {
  write(meeting: Meeting, summary: PhoneSummary): Promise<void> | undefined;
  /** A meeting that could not be read, where the format carries records (JSON, NDJSON). */
  writeNote(record: Record<string, unknown>): Promise<void> | undefined;
  finish(): Promise<void> | undefined;
}

/**
 * `callroll meeting` with many meetings: a JSON array or NDJSON of summary records, CSV with one
 * header, or the text summaries one after another.
 */
export function createSummaryListWriter(
  format: OutputFormat,
  sink: TextSink,
  options: SummaryTextOptions,
): SummaryListWriter {
  let elements = 0;
  const element = (json: string) => sink.write(elements++ === 0 ? `[\n  ${json}` : `,\n  ${json}`);
  return {
    write(meeting, summary) {
      switch (format) {
        case 'json':
          return element(JSON.stringify(toMeetingSummaryRecord(meeting, summary)));
        case 'ndjson':
          return sink.write(`${JSON.stringify(toMeetingSummaryRecord(meeting, summary))}\n`);
        case 'csv':
          return sink.write(
            (elements++ === 0 ? summaryCsvHeader(meeting, summary) : '') + summaryCsvRow(meeting, summary),
          );
        case 'table':
          return sink.write(
            `${elements++ === 0 ? '' : '\n'}${renderSummary('table', meeting, summary, options)}`,
          );
      }
    },
    writeNote(record) {
      if (format === 'json') return element(JSON.stringify(record));
      if (format === 'ndjson') return sink.write(`${JSON.stringify(record)}\n`);
      return undefined;
    },
    finish: () => (format === 'json' ? sink.write(elements === 0 ? '[]\n' : '\n]\n') : undefined),
  };
}
