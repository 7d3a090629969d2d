import {
  formatMoney,
  formatPhoneNumber,
  isValidPhoneNumber,
  type PhoneParticipant,
  phoneDurationSeconds,
} from '@callroll/core';
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
  /** A provider's display name for its id (tooltips name the service, not `tencent`). */
  providerName?: ((id: string) => string) | undefined;
  /** Today, for dates that leave out the year (the current time by default). */
  now?: Date | undefined;
}

/** The number as the row's label: masked unless the person turned masking off. */
export function phoneParticipantLabel(participant: PhoneParticipant, format: RowFormat): string {
  return formatPhoneNumber(participant.phone, { mask: format.mask });
}

/**
 * Status, name, duration and cost, as far as the provider reported them: the status first, since a
 * narrow side bar cuts the end. Under a status group the status is the group's, so only an unknown
 * one's own text stays.
 */
export function phoneParticipantDescription(
  participant: PhoneParticipant,
  format: RowFormat,
  options: { inStatusGroup?: boolean } = {},
): string {
  const duration = phoneDurationSeconds(participant);
  const status =
    options.inStatusGroup && !(participant.status === 'unknown' && participant.rawStatus)
      ? undefined
      : phoneStatusLabel(participant.status, participant.rawStatus, format.t);
  return [
    status,
    participant.name,
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
    [t('Provider'), format.providerName?.(participant.provider) ?? participant.provider],
  ]);
}
