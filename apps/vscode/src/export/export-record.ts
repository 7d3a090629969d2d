import { formatPhoneNumber, type PhoneParticipant } from '@callroll/core';
import { phoneDurationSeconds } from '../format/format-phone-participant.js';

/** The columns of an export, in order; the same names are the JSON keys. */
export const exportColumns = [
  'number',
  'e164',
  'extension',
  'name',
  'direction',
  'rawDirection',
  'status',
  'rawStatus',
  'joinedAt',
  'leftAt',
  'durationSeconds',
  'costAmount',
  'costCurrency',
  'participantId',
  'meetingId',
  'provider',
] as const;

export type ExportRecord = Record<(typeof exportColumns)[number], string | number | null>;

/**
 * One phone participant as a flat record. With masking on (the default, for files shared with
 * others) the number is masked and the full E.164 is left out; the provider's raw record is never
 * exported, since it holds the full number.
 */
export function toExportRecord(participant: PhoneParticipant, options: { mask: boolean }): ExportRecord {
  const { phone } = participant;
  return {
    number: formatPhoneNumber(phone, { mask: options.mask }),
    e164: options.mask || !phone.parsed ? null : phone.e164,
    extension: phone.extension ?? null,
    name: participant.name ?? null,
    direction: participant.direction,
    rawDirection: participant.rawDirection ?? null,
    status: participant.status,
    rawStatus: participant.rawStatus ?? null,
    joinedAt: participant.joinedAt?.toISOString() ?? null,
    leftAt: participant.leftAt?.toISOString() ?? null,
    durationSeconds: phoneDurationSeconds(participant) ?? null,
    costAmount: participant.cost?.amount ?? null,
    costCurrency: participant.cost?.currency ?? null,
    participantId: participant.participantId ?? null,
    meetingId: participant.meetingId,
    provider: participant.provider,
  };
}
