import type { Participant } from '../model/participant.js';
import type { JsonApi } from '../provider/json-api.js';
import type { Page, PageRequest } from '../provider/page.js';
import { listReferencePage } from './reference-list-page.js';
import { toParticipant } from './reference-mappers.js';
import { checkReferenceMeetingId } from './reference-meeting-id.js';
import { referenceParticipantWire } from './reference-wire-schemas.js';

/** A page of a meeting's app participants. */
export async function listReferenceParticipants(
  api: JsonApi,
  meetingId: string,
  request?: PageRequest,
): Promise<Page<Participant>> {
  checkReferenceMeetingId(meetingId);
  return listReferencePage(
    api,
    {
      path: `v1/meetings/${encodeURIComponent(meetingId)}/participants`,
      operation: 'listParticipants',
      what: 'the participant list',
      meetingId,
      item: referenceParticipantWire,
      convert: (wire) => toParticipant(meetingId, wire),
    },
    request,
  );
}
