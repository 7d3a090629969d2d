import type { Meeting } from '@callroll/core';
import type { Messages } from '../i18n/messages.js';
import type { Column } from './column.js';
import { formatLocalTime } from './format-values.js';

/** The columns of `callroll meetings`. */
export function meetingColumns(messages: Messages, timeZone: string): Column<Meeting>[] {
  const titles = messages.columns;
  const iso = (date: Date | undefined) => date?.toISOString() ?? null;
  return [
    { key: 'provider', title: 'provider', value: (m) => m.provider, machineOnly: true },
    { key: 'id', title: titles.id, value: (m) => m.id },
    { key: 'code', title: titles.code, value: (m) => m.code ?? null },
    { key: 'topic', title: titles.topic, value: (m) => m.topic ?? null, freeText: true },
    {
      key: 'status',
      title: titles.status,
      value: (m) => m.status,
      text: (m) => messages.meetingStatus[m.status],
    },
    {
      key: 'rawStatus',
      title: 'rawStatus',
      value: (m) => m.rawStatus ?? null,
      machineOnly: true,
      freeText: true,
    },
    {
      key: 'startAt',
      title: titles.start,
      value: (m) => iso(m.startAt),
      text: (m) => formatLocalTime(m.startAt, timeZone),
    },
    {
      key: 'endAt',
      title: titles.end,
      value: (m) => iso(m.endAt),
      text: (m) => formatLocalTime(m.endAt, timeZone),
    },
    { key: 'host', title: titles.host, value: (m) => m.host ?? null, freeText: true },
  ];
}
