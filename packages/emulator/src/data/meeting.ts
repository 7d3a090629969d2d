import type { Base64Variant } from './base64.js';

/** Where a meeting is in its life, which decides its Tencent `status` and where it is listed. */
export type MeetingPhase = 'live' | 'upcoming' | 'ended' | 'cancelled';

/** How a meeting's seeded callouts are spread over the status strings. */
export type CalloutProfile = 'mixed' | 'every-status' | 'blank-status' | 'finished';

export interface EnterpriseUser {
  userid: string;
  openId: string;
  name: string;
}

export interface Meeting {
  /** Position in the dataset; keys the seeded streams of its callouts and participants. */
  index: number;
  /** 20 digits: beyond Number.MAX_SAFE_INTEGER on purpose. */
  meetingId: string;
  /** 9 digits. */
  meetingCode: string;
  subject: string;
  creatorId: string;
  /** Designated hosts other than the creator. */
  hostIds: string[];
  coHostIds: string[];
  inviteeIds: string[];
  phase: MeetingPhase;
  /** Scheduled times, unix seconds. */
  startTime: number;
  endTime: number;
  /** Last modification, unix milliseconds: the `cursory` cursor of the meeting list. */
  updatedMs: number;
  /** 0 scheduled, 1 quick. */
  type: 0 | 1;
  password?: string;
  calloutCount: number;
  calloutProfile: CalloutProfile;
  participantCount: number;
  /** The encoding of `subject` in the participants response. */
  subjectEncoding: Base64Variant;
}

export const meetingStatusOf: Record<MeetingPhase, string> = {
  live: 'MEETING_STATE_STARTED',
  upcoming: 'MEETING_STATE_INIT',
  ended: 'MEETING_STATE_ENDED',
  cancelled: 'MEETING_STATE_CANCELLED',
};

/** Creator, host or co-host: the roles the PSTN and participant endpoints admit. */
export function hasMeetingRole(meeting: Meeting, userid: string): boolean {
  return (
    meeting.creatorId === userid || meeting.hostIds.includes(userid) || meeting.coHostIds.includes(userid)
  );
}
