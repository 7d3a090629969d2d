import type { MeetingStatus, PhoneStatus } from '@callroll/core';

// Documented for the webhook meeting.phone.participant-status-updated; the callout list is
// assumed to use the same set ("CANCLE" is Tencent's spelling). Anything else is kept raw.
const calloutStatuses: Record<string, PhoneStatus> = {
  START_INVITE: 'calling',
  START_ACCEPT: 'connected',
  LEAVE_WITH_ACCEPTED: 'ended',
  LEAVE_WITHOUT_ACCEPT: 'unanswered',
  CANCLE_INVITE: 'cancelled',
};

export function toPhoneStatus(raw: string): PhoneStatus {
  return calloutStatuses[raw] ?? 'unknown';
}

const meetingStatuses: Record<string, MeetingStatus> = {
  MEETING_STATE_INIT: 'scheduled',
  MEETING_STATE_STARTED: 'live',
  MEETING_STATE_ENDED: 'ended',
  MEETING_STATE_RECYCLED: 'ended',
  MEETING_STATE_CANCELLED: 'cancelled',
};

export function toMeetingStatus(raw: string | undefined): MeetingStatus {
  return raw === undefined ? 'unknown' : (meetingStatuses[raw] ?? 'unknown');
}
