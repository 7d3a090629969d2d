import { type CallOptions, type Meeting, NotFoundError, throwIfAborted } from '@callroll/core';
import type { TencentApi } from './tencent-api.js';
import { toMeeting } from './tencent-mappers.js';
import { parseTencentMeetingRef } from './tencent-meeting-ref.js';
import { tencentMeetingInfoWire } from './tencent-wire-schemas.js';

/** One meeting by its id, or by the 9-digit code people type (pasted with spaces or a prefix). */
export async function getTencentMeeting(
  api: TencentApi,
  meetingRef: string,
  options?: CallOptions,
): Promise<Meeting> {
  const ref = parseTencentMeetingRef(meetingRef, 'meetingRef');
  throwIfAborted(options?.signal, 'tencent');
  const shown = ref.kind === 'id' ? ref.meetingId : ref.meetingCode;
  const byId = ref.kind === 'id';
  const body = await api.call({
    method: 'GET',
    path: byId ? `v1/meetings/${ref.meetingId}` : 'v1/meetings',
    query: byId
      ? [...api.operator, ['instanceid', '1']]
      : [['meeting_code', ref.meetingCode], ...api.operator, ['userid', api.operatorId], ['instanceid', '1']],
    signal: options?.signal,
    operation: byId ? 'getMeeting' : 'getMeetingByCode',
    schema: tencentMeetingInfoWire,
    what: 'getMeeting',
    subject: { resource: 'meeting', id: shown },
  });
  const wire = body.meeting_info_list?.[0];
  if (!wire) {
    throw new NotFoundError({
      provider: 'tencent',
      resource: 'meeting',
      id: shown,
      message: `Tencent Meeting has no meeting ${shown}`,
    });
  }
  return toMeeting(wire);
}
