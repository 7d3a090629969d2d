import { InvalidInputError } from '@callroll/core';
import type { SystecMapContext } from './systec-mappers.js';

/** A meeting number, as `meeting_id` holds it: decimal digits (9 to 11 in Zoom's style). */
const meetingNumber = String.raw`\d{1,20}`;
/**
 * A meeting record's uuid: 16 bytes in standard base64 with its padding, as Zoom (which UMeeting
 * mirrors) writes them (`dgvOvqWVRUWjrEOS2YI2ig==`). Exact, so that nothing path-like or
 * comma-joined passes for one: `/` and `+` are in the alphabet.
 */
const meetingUuid = '[A-Za-z0-9+/]{21}[AQgw]==';

const byNumber = new RegExp(`^${meetingNumber}(:${meetingUuid})?$`);
const byUuid = new RegExp(`^${meetingUuid}$`);
/** Checked before trimming, so that a huge argument is not copied first. */
const maxInputLength = 256;

/** What to ask the reports call for, and which of its reports is meant. */
export interface SystecMeetingRef {
  lookup: string;
  uuid?: string;
}

/**
 * A meeting id as the provider takes it, trimmed: with meeting-number lookups a number or
 * `<number>:<uuid>`, with `uuid` lookups a bare uuid. Anything else is an `InvalidInputError`
 * naming the field (never the value), before any request: ids are joined with commas into one
 * form field, so a comma, a space or a stray path must not get that far.
 */
export function checkSystecMeetingRef(
  input: unknown,
  context: Pick<SystecMapContext, 'idParameter'>,
  field = 'meetingId',
): string {
  const byUuids = context.idParameter === 'uuid';
  const text = typeof input === 'string' && input.length <= maxInputLength ? input.trim() : '';
  if ((byUuids ? byUuid : byNumber).test(text)) return text;
  throw new InvalidInputError({
    provider: 'systec',
    issues: [
      {
        field,
        problem: byUuids
          ? 'must be a meeting uuid: 24 characters of base64 such as dgvOvqWVRUWjrEOS2YI2ig=='
          : 'must be a meeting number (digits) or number:uuid such as 1790001234:dgvOvqWVRUWjrEOS2YI2ig==',
      },
    ],
  });
}

/** Splits a ref that `checkSystecMeetingRef` passed into what to look up and which report. */
export function parseSystecMeetingRef(
  ref: string,
  context: Pick<SystecMapContext, 'idParameter'>,
): SystecMeetingRef {
  if (context.idParameter === 'uuid') return { lookup: ref };
  const colon = ref.indexOf(':');
  return colon < 0 ? { lookup: ref } : { lookup: ref.slice(0, colon), uuid: ref.slice(colon + 1) };
}
