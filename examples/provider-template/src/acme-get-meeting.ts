import { type CallOptions, type Meeting, throwIfAborted } from '@callroll/core';
import type { AcmeApi } from './acme-api.js';
import { toMeeting } from './acme-mappers.js';
import { checkAcmeMeetingId } from './acme-meeting-id.js';
import { acmeMeetingBody } from './acme-wire.js';

/** One meeting by its id. */
export async function getAcmeMeeting(
  api: AcmeApi,
  meetingRef: string,
  options?: CallOptions,
): Promise<Meeting> {
  const meetingId = checkAcmeMeetingId(meetingRef, 'meetingRef');
  throwIfAborted(options?.signal, 'acme');
  const body = await api.call({
    method: 'GET',
    path: `${api.workspacePath}/meetings/${meetingId}`,
    signal: options?.signal,
    operation: 'getMeeting',
    schema: acmeMeetingBody,
    what: 'the meeting',
    subject: { resource: 'meeting', id: meetingId },
  });
  return toMeeting(body.meeting);
}
