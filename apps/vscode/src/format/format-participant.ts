import type { Participant } from '@callroll/core';
import type { RowFormat } from './format-phone-participant.js';
import { formatDateTime, formatTime } from './format-time.js';
import { markdownFields } from './markdown.js';

/** Device and the time span in the meeting. */
export function participantDescription(participant: Participant, format: RowFormat): string {
  const span = `${formatTime(participant.joinedAt, format.locale)}–${
    participant.leftAt ? formatTime(participant.leftAt, format.locale) : format.t('now')
  }`;
  return [participant.device, span].filter((part) => part !== undefined && part !== '').join(' · ');
}

export function participantTooltip(participant: Participant, format: RowFormat): string {
  const { t, locale } = format;
  return markdownFields(participant.name, [
    [t('Joined'), formatDateTime(participant.joinedAt, locale)],
    [t('Left'), participant.leftAt ? formatDateTime(participant.leftAt, locale) : t('Still in the meeting')],
    [t('Device'), participant.device],
    [t('Participant id'), participant.participantId],
    [t('Meeting id'), participant.meetingId],
    [t('Provider'), format.providerName?.(participant.provider) ?? participant.provider],
  ]);
}
