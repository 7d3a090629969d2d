import {
  formatMoney,
  type PhoneExportColumn,
  type PhoneExportRecord,
  type PhoneParticipant,
  phoneDurationSeconds,
  phoneExportColumns,
  phoneExportFreeTextColumns,
  toPhoneExportRecord,
} from '@callroll/core';
import type { Messages } from '../i18n/messages.js';
import type { Column } from './column.js';
import { formatDuration, formatLocalTime } from './format-values.js';

export interface PhoneColumnOptions {
  messages: Messages;
  /** Read when a time is shown (a getter may stand here, so that other formats never ask). */
  readonly timeZone: string;
  /** Hide the middle digits; the unmasked E.164 form is then left out entirely. */
  mask: boolean;
  /** Show the meeting column in tables (when listing several meetings). */
  showMeeting: boolean;
}

type TableColumn = Pick<Column<PhoneParticipant>, 'title' | 'text' | 'align'> & { shown?: boolean };

/**
 * The columns of `callroll phones`: the core's export record (the same keys and values as every
 * other export, in JSON, NDJSON and CSV), and what the table shows of them in the user's language.
 */
export function phoneColumns(options: PhoneColumnOptions): Column<PhoneParticipant>[] {
  const { messages, mask } = options;
  const titles = messages.columns;
  // One record per row, however many columns read it: a row's columns are read one after another,
  // so the last row's record is the one asked for (no per-row map for the collector to trace).
  let lastRow: PhoneParticipant | undefined;
  let lastRecord: PhoneExportRecord | undefined;
  const recordOf = (p: PhoneParticipant): PhoneExportRecord => {
    if (p !== lastRow || lastRecord === undefined) {
      lastRecord = toPhoneExportRecord(p, { mask });
      lastRow = p;
    }
    return lastRecord;
  };
  const table: Partial<Record<PhoneExportColumn, TableColumn>> = {
    meetingId: { title: titles.meeting, shown: options.showMeeting },
    phone: { title: titles.number },
    name: { title: titles.name },
    direction: { title: titles.direction, text: (p) => messages.direction[p.direction] },
    // An unknown status shows what the provider said, as the core keeps it.
    status: {
      title: titles.status,
      text: (p) =>
        p.status === 'unknown' && p.rawStatus !== undefined
          ? `${messages.phoneStatus.unknown} (${p.rawStatus === '' ? '""' : p.rawStatus})`
          : messages.phoneStatus[p.status],
    },
    joinedAt: { title: titles.joined, text: (p) => formatLocalTime(p.joinedAt, options.timeZone) },
    leftAt: { title: titles.left, text: (p) => formatLocalTime(p.leftAt, options.timeZone) },
    durationSeconds: {
      title: titles.duration,
      text: (p) => formatDuration(phoneDurationSeconds(p)),
      align: 'right',
    },
    cost: { title: titles.cost, text: (p) => (p.cost ? formatMoney(p.cost) : ''), align: 'right' },
  };
  return phoneExportColumns.map((key): Column<PhoneParticipant> => {
    const shown = table[key];
    return {
      key,
      title: shown?.title ?? key,
      value: (p) => recordOf(p)[key],
      ...(shown?.text ? { text: shown.text } : {}),
      ...(shown?.align ? { align: shown.align } : {}),
      ...(phoneExportFreeTextColumns.has(key) ? { freeText: true } : {}),
      machineOnly: shown === undefined || shown.shown === false,
    };
  });
}
