import { type PhoneParticipant, type PhoneStatus, phoneStatusSchema } from '@callroll/core';
import { phoneStatusLabel } from '../format/status-style.js';
import { formatMessage, type Localize } from '../util/localize.js';

/** What a person typed to find phone lines, and which lines it finds. */
export interface PhoneFilter {
  /** As typed (trimmed): shown in the list's description. */
  readonly text: string;
  matches(participant: PhoneParticipant): boolean;
}

/** Fewer typed digits than this would match nearly every number. */
const minDigits = 3;

/**
 * Reads a filter: a status in the person's language or in English ("未接听", "unanswered"), a
 * name or part of one, the provider's own status text, or digits the person knows of a number.
 * Digits are matched on the real number, so a masked row is found by its hidden digits too; the
 * row still shows only the masked number.
 */
export function parsePhoneFilter(text: string, t: Localize): PhoneFilter | undefined {
  const query = text.trim();
  if (query === '') return undefined;
  const lowered = query.toLocaleLowerCase();
  const statuses = new Set<PhoneStatus>(
    phoneStatusSchema.options.filter((status) =>
      [status, phoneStatusLabel(status, undefined, t), phoneStatusLabel(status, undefined, formatMessage)]
        .map((word) => word.toLocaleLowerCase())
        .includes(lowered),
    ),
  );
  const digits = query.replace(/[\s()+\-.]/g, '');
  const byDigits = /^\d+$/.test(digits) && digits.length >= minDigits;
  return {
    text: query,
    matches: (participant) =>
      statuses.has(participant.status) ||
      participant.rawStatus?.toLocaleLowerCase() === lowered ||
      (participant.name?.toLocaleLowerCase().includes(lowered) ?? false) ||
      (byDigits && numberDigits(participant).includes(digits)),
  };
}

/** Every digit of the number with its calling code (`8613812345678`), so any part of it matches. */
function numberDigits(participant: PhoneParticipant): string {
  const { phone } = participant;
  return (phone.parsed ? phone.e164 : phone.raw).replace(/\D/g, '');
}
