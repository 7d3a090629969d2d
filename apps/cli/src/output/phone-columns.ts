import { formatMoney, formatPhoneNumber, type PhoneParticipant } from '@callroll/core';
import type { Messages } from '../i18n/messages.js';
import type { Column } from './column.js';
import { formatDuration, formatLocalTime } from './format-values.js';

export interface PhoneColumnOptions {
  messages: Messages;
  timeZone: string;
  /** Hide the middle digits; the unmasked E.164 form is then left out entirely. */
  mask: boolean;
  /** Show the meeting column in tables (when listing several meetings). */
  showMeeting: boolean;
}

/** The columns of `callroll phones`: the same keys in JSON, NDJSON and CSV. */
export function phoneColumns(options: PhoneColumnOptions): Column<PhoneParticipant>[] {
  const { messages, timeZone, mask } = options;
  const titles = messages.columns;
  const iso = (date: Date | undefined) => date?.toISOString() ?? null;
  return [
    { key: 'provider', title: 'provider', value: (p) => p.provider, machineOnly: true },
    { key: 'meetingId', title: titles.meeting, value: (p) => p.meetingId, machineOnly: !options.showMeeting },
    {
      key: 'participantId',
      title: 'participantId',
      value: (p) => p.participantId ?? null,
      machineOnly: true,
    },
    { key: 'phone', title: titles.number, value: (p) => formatPhoneNumber(p.phone, { mask }) },
    {
      key: 'e164',
      title: 'e164',
      value: (p) => (mask || !p.phone.parsed ? null : p.phone.e164),
      machineOnly: true,
    },
    { key: 'extension', title: 'extension', value: (p) => p.phone.extension ?? null, machineOnly: true },
    { key: 'name', title: titles.name, value: (p) => p.name ?? null, freeText: true },
    {
      key: 'direction',
      title: titles.direction,
      value: (p) => p.direction,
      text: (p) => messages.direction[p.direction],
    },
    { key: 'rawDirection', title: 'rawDirection', value: (p) => p.rawDirection ?? null, machineOnly: true },
    {
      key: 'status',
      title: titles.status,
      value: (p) => p.status,
      // An unknown status shows what the provider said, as the core keeps it.
      text: (p) =>
        p.status === 'unknown' && p.rawStatus !== undefined
          ? `${messages.phoneStatus.unknown} (${p.rawStatus === '' ? '""' : p.rawStatus})`
          : messages.phoneStatus[p.status],
    },
    {
      key: 'rawStatus',
      title: 'rawStatus',
      value: (p) => p.rawStatus ?? null,
      machineOnly: true,
      freeText: true,
    },
    {
      key: 'joinedAt',
      title: titles.joined,
      value: (p) => iso(p.joinedAt),
      text: (p) => formatLocalTime(p.joinedAt, timeZone),
    },
    {
      key: 'leftAt',
      title: titles.left,
      value: (p) => iso(p.leftAt),
      text: (p) => formatLocalTime(p.leftAt, timeZone),
    },
    {
      key: 'durationSeconds',
      title: titles.duration,
      value: (p) => p.durationSeconds ?? null,
      text: (p) => formatDuration(p.durationSeconds),
      align: 'right',
    },
    {
      key: 'cost',
      title: titles.cost,
      value: (p) => p.cost?.amount ?? null,
      text: (p) => (p.cost ? formatMoney(p.cost) : ''),
      align: 'right',
    },
    { key: 'currency', title: 'currency', value: (p) => p.cost?.currency ?? null, machineOnly: true },
  ];
}
