import type { Dataset } from '../../data/dataset.js';
import { type Meeting, meetingStatusOf } from '../../data/meeting.js';
import { randomFor } from '../../random/seeded-random.js';

/**
 * The `MeetingInfo` object of the meeting endpoints. Times are unix seconds as strings here;
 * the subject is plain text; the password only goes to the creator, as documented.
 */
export function meetingInfo(dataset: Dataset, meeting: Meeting, viewerId: string): Record<string, unknown> {
  const live = meeting.phase === 'live';
  const info: Record<string, unknown> = {
    subject: meeting.subject,
    meeting_id: meeting.meetingId,
    meeting_code: meeting.meetingCode,
    type: meeting.type,
    meeting_type: 0,
    status: meetingStatusOf[meeting.phase],
    start_time: String(meeting.startTime),
    end_time: String(meeting.endTime),
    hosts: [meeting.creatorId, ...meeting.hostIds].map((userid) => ({ userid })),
    participants: meeting.inviteeIds.map((userid) => ({ userid })),
    join_url: `https://meeting.tencent.com/dm/${randomFor(dataset.seed, 'join-url', meeting.index).bytes(9).toString('base64url')}`,
    need_password: meeting.password !== undefined,
    settings: {
      mute_enable_join: true,
      allow_unmute_self: true,
      allow_in_before_host: true,
      auto_in_waiting_room: false,
      allow_screen_shared_watermark: false,
      only_enterprise_user_allowed: false,
    },
    has_vote: false,
    enable_live: false,
  };
  if (live) {
    info.current_hosts = [{ userid: meeting.creatorId }];
    info.current_co_hosts = meeting.coHostIds.map((userid) => ({ userid }));
  }
  if (meeting.password !== undefined && viewerId === meeting.creatorId) info.password = meeting.password;
  return info;
}
