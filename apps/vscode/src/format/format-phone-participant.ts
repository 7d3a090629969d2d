import { formatMoney, formatPhoneNumber, isValidPhoneNumber, type PhoneParticipant } from '@callroll/core';
import type { Localize } from '../util/localize.js';
import { formatDuration } from './format-duration.js';
import { formatDateTime } from './format-time.js';
import { markdownFields } from './markdown.js';
import { directionLabel, phoneStatusLabel } from './status-style.js';

export interface RowFormat {
  /** Hide the middle digits of numbers (the `callroll.maskPhoneNumbers` setting). */
  mask: boolean;
  locale: string;
  t: Localize;
}

/** The number as the row's label: masked unless the person turned masking off. */
export function phoneParticipantLabel(participant: PhoneParticipant, format: RowFormat): string {
  return formatPhoneNumber(participant.phone, { mask: format.mask });
}

/** How long the line was connected: the provider's figure, else from its join and leave times. */
export function phoneDurationSeconds(participant: PhoneParticipant): number | undefined {
  if (participant.durationSeconds !== undefined) return participant.durationSeconds;
  if (participant.joinedAt && participant.leftAt) {
    return Math.max(0, Math.round((participant.leftAt.getTime() - participant.joinedAt.getTime()) / 1000));
  }
  return undefined;
}

/** Name, status, duration and cost, as far as the provider reported them. */
export function phoneParticipantDescription(participant: PhoneParticipant, format: RowFormat): string {
  const duration = phoneDurationSeconds(participant);
  return [
    participant.name,
    phoneStatusLabel(participant.status, participant.rawStatus, format.t),
    duration === undefined ? undefined : formatDuration(duration, format.t),
    participant.cost ? formatMoney(participant.cost) : undefined,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}

/** Every field, for the row's tooltip. */
export function phoneParticipantTooltip(participant: PhoneParticipant, format: RowFormat): string {
  const { t, locale } = format;
  const duration = phoneDurationSeconds(participant);
  const rawStatus =
    participant.rawStatus !== undefined && participant.rawStatus !== ''
      ? `${phoneStatusLabel(participant.status, undefined, t)} (${participant.rawStatus})`
      : phoneStatusLabel(participant.status, participant.rawStatus, t);
  return markdownFields(phoneParticipantLabel(participant, format), [
    [t('Name'), participant.name],
    [t('Status'), rawStatus],
    [
      t('Direction'),
      participant.rawDirection
        ? `${directionLabel(participant.direction, t)} (${participant.rawDirection})`
        : directionLabel(participant.direction, t),
    ],
    [t('Joined'), participant.joinedAt ? formatDateTime(participant.joinedAt, locale) : undefined],
    [t('Left'), participant.leftAt ? formatDateTime(participant.leftAt, locale) : undefined],
    [t('Duration'), duration === undefined ? undefined : formatDuration(duration, t)],
    [t('Cost'), participant.cost ? formatMoney(participant.cost) : undefined],
    [t('Participant id'), participant.participantId],
    [
      t('Number valid'),
      participant.phone.parsed
        ? isValidPhoneNumber(participant.phone)
          ? t('Yes')
          : t('No')
        : t('Unreadable'),
    ],
    [t('Meeting id'), participant.meetingId],
    [t('Provider'), participant.provider],
  ]);
}
