import { throwIfAborted } from '../errors/throw-if-aborted.js';
import type { Meeting } from '../model/meeting.js';
import type { JsonApi } from '../provider/json-api.js';
import type { CallOptions } from '../provider/page.js';
import { toMeeting } from './reference-mappers.js';
import { checkReferenceMeetingId } from './reference-meeting-id.js';
import { referenceMeetingWire } from './reference-wire-schemas.js';

/** One meeting by its id (the service has no join codes). */
export async function getReferenceMeeting(
  api: JsonApi,
  meetingId: string,
  options?: CallOptions,
): Promise<Meeting> {
  checkReferenceMeetingId(meetingId, 'meetingRef');
  throwIfAborted(options?.signal, 'reference');
  const wire = await api.call({
    method: 'GET',
    path: `v1/meetings/${encodeURIComponent(meetingId)}`,
    signal: options?.signal,
    operation: 'getMeeting',
    schema: referenceMeetingWire,
    what: 'the meeting',
    subject: { resource: 'meeting', id: meetingId },
  });
  return toMeeting(wire);
}
