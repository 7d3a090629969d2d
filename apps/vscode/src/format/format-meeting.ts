import type { Meeting } from '@callroll/core';
import type { RowFormat } from './format-phone-participant.js';
import { formatDateTime } from './format-time.js';
import { markdownFields } from './markdown.js';
import { meetingStatusLabel } from './status-style.js';

/** The topic, else the code people type, else the provider's id. */
export function meetingLabel(meeting: Meeting): string {
  return meeting.topic?.trim() || meeting.code || meeting.id;
}

export function meetingDescription(meeting: Meeting, format: RowFormat): string {
  return [
    meetingStatusLabel(meeting.status, format.t),
    meeting.startAt ? formatDateTime(meeting.startAt, format.locale) : undefined,
    meeting.code,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}

export function meetingTooltip(meeting: Meeting, format: RowFormat): string {
  const { t, locale } = format;
  const status =
    meeting.rawStatus && meeting.rawStatus !== meeting.status
      ? `${meetingStatusLabel(meeting.status, t)} (${meeting.rawStatus})`
      : meetingStatusLabel(meeting.status, t);
  return markdownFields(meetingLabel(meeting), [
    [t('Status'), status],
    [t('Starts'), meeting.startAt ? formatDateTime(meeting.startAt, locale) : undefined],
    [t('Ends'), meeting.endAt ? formatDateTime(meeting.endAt, locale) : undefined],
    [t('Meeting code'), meeting.code],
    [t('Meeting id'), meeting.id],
    [t('Host'), meeting.host],
    [t('Provider'), meeting.provider],
  ]);
}
