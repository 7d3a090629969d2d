import type { Meeting } from '@callroll/core';
import type { SummaryState } from '../summary/summary-state.js';
import type { RowFormat } from './format-phone-participant.js';
import { statusBreakdown, summaryDescription, summaryFields } from './format-summary.js';
import { formatClock, formatDateTime, formatShortDateTime } from './format-time.js';
import { markdownFields } from './markdown.js';
import { meetingStatusLabel } from './status-style.js';

/** The topic, else the code people type, else the provider's id. */
export function meetingLabel(meeting: Meeting): string {
  return meeting.topic?.trim() || meeting.code || meeting.id;
}

/**
 * What a narrow side bar must show first after the topic: the calls and their cost, then when;
 * the breakdown by status last. The status itself is the row's icon; the code is in the tooltip.
 */
export function meetingDescription(
  meeting: Meeting,
  format: RowFormat,
  summary: SummaryState = { kind: 'none' },
  updatedAt?: Date,
): string {
  return [
    summaryDescription(summary, format),
    updatedAt ? format.t('updated {0}', formatClock(updatedAt, format.locale)) : undefined,
    meeting.startAt
      ? formatShortDateTime(meeting.startAt, format.locale, format.now ?? new Date())
      : undefined,
    summary.kind === 'ready' ? statusBreakdown(summary.summary, format) : undefined,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}

export function meetingTooltip(
  meeting: Meeting,
  format: RowFormat,
  summary: SummaryState = { kind: 'none' },
): string {
  const { t, locale } = format;
  const status =
    meeting.rawStatus && meeting.rawStatus !== meeting.status
      ? `${meetingStatusLabel(meeting.status, t)} (${meeting.rawStatus})`
      : meetingStatusLabel(meeting.status, t);
  return markdownFields(meetingLabel(meeting), [
    [t('Status'), status],
    [t('Starts'), meeting.startAt ? formatDateTime(meeting.startAt, locale) : undefined],
    [t('Ends'), meeting.endAt ? formatDateTime(meeting.endAt, locale) : undefined],
    ...summaryFields(summary, format),
    [t('Meeting code'), meeting.code],
    [t('Meeting id'), meeting.id],
    [t('Host'), meeting.host],
    [t('Provider'), format.providerName?.(meeting.provider) ?? meeting.provider],
  ]);
}
