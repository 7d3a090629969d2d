import { formatPhoneNumber } from '../model/phone-number.js';
import type { PhoneParticipant } from '../model/phone-participant.js';

/**
 * The columns of every export of phone participants (the CLI's JSON, NDJSON and CSV, the VS Code
 * extension's files), in order; the same names are the JSON keys and the CSV header.
 */
export const phoneExportColumns = [
  'provider',
  'meetingId',
  'participantId',
  'phone',
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
  'cost',
  'currency',
] as const;

export type PhoneExportColumn = (typeof phoneExportColumns)[number];

/** One phone participant, flat: `null` for a value the provider did not report. */
export type PhoneExportRecord = Record<PhoneExportColumn, string | number | null>;

/** Columns of text people or services typed: a CSV guards them against running as formulas. */
export const phoneExportFreeTextColumns: ReadonlySet<PhoneExportColumn> = new Set([
  'name',
  'rawDirection',
  'rawStatus',
]);

/** The duration: as the provider reported it, else from the join and leave times it reported. */
export function phoneDurationSeconds(participant: PhoneParticipant): number | undefined {
  if (participant.durationSeconds !== undefined) return participant.durationSeconds;
  if (participant.joinedAt && participant.leftAt) {
    return Math.max(0, Math.round((participant.leftAt.getTime() - participant.joinedAt.getTime()) / 1000));
  }
  return undefined;
}

/**
 * A phone participant as the export record. Masked (for files shared with others), the number's
 * middle digits are hidden and the full E.164 is left out; the provider's raw record is never
 * exported, since it holds the full number.
 */
export function toPhoneExportRecord(
  participant: PhoneParticipant,
  options: { mask: boolean },
): PhoneExportRecord {
  const { phone } = participant;
  return {
    provider: participant.provider,
    meetingId: participant.meetingId,
    participantId: participant.participantId ?? null,
    phone: formatPhoneNumber(phone, { mask: options.mask }),
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
    cost: participant.cost?.amount ?? null,
    currency: participant.cost?.currency ?? null,
  };
}
