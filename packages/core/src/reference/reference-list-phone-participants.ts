import type { PhoneParticipant } from '../model/phone-participant.js';
import type { JsonApi } from '../provider/json-api.js';
import type { Page, PageRequest } from '../provider/page.js';
import { listReferencePage } from './reference-list-page.js';
import { toPhoneParticipant } from './reference-mappers.js';
import { checkReferenceMeetingId } from './reference-meeting-id.js';
import { referencePhoneWire } from './reference-wire-schemas.js';

/** A page of a meeting's phone participants. */
export async function listReferencePhoneParticipants(
  api: JsonApi,
  meetingId: string,
  request?: PageRequest,
): Promise<Page<PhoneParticipant>> {
  checkReferenceMeetingId(meetingId);
  return listReferencePage(
    api,
    {
      path: `v1/meetings/${encodeURIComponent(meetingId)}/phones`,
      operation: 'listPhoneParticipants',
      what: 'the phone participant list',
      meetingId,
      item: referencePhoneWire,
      convert: (wire) => toPhoneParticipant(meetingId, wire),
    },
    request,
  );
}
