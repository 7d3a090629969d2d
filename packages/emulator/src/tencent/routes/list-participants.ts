import { toBase64 } from '../../data/base64.js';
import { hasMeetingRole } from '../../data/meeting.js';
import type { Participant } from '../../data/participants.js';
import { ApiError } from '../api-error.js';
import { findMeeting } from '../meeting-lookup.js';
import { resolveOperatorOrUserid } from '../operator.js';
import { checkMeetingId } from '../params.js';
import type { RouteHandler } from '../route-context.js';
import { participantRow } from '../wire/participant-row.js';

const maxSize = 100;
/** The docs cap what paging can reach at 50,000 records. */
const maxReachable = 50_000;
const day = 86_400;
/** The documented longest join-time filter ("时间区间不允许超过31天"). */
const maxSpanDays = 31;

/**
 * GET /v1/meetings/{meeting_id}/participants?(operator_id&operator_id_type | userid)
 * [&sub_meeting_id&pos&size&start_time&end_time]: the operator pair as the official SDK sends it,
 * or the older `userid`; the pair wins when both come. `pos` is an offset; `next_pos` and `has_remaining` continue it. The subject is base64 here (standard with
 * padding or URL-safe without, depending on the meeting), as is every `user_name`.
 */
export const listParticipants: RouteHandler = ({ dataset, query, clockSeconds, pathParams }) => {
  const meetingId = checkMeetingId(pathParams[0] ?? '');
  // `sub_meeting_id` (recurring meetings) is accepted and ignored: none is emulated.
  const user = resolveOperatorOrUserid(dataset, {
    operatorId: query.string('operator_id'),
    operatorIdType: query.integer('operator_id_type'),
    userid: query.string('userid'),
  });
  const pos = query.integer('pos') ?? 0;
  const size = query.integer('size', { min: 1, max: maxSize }) ?? 20;
  let from = query.integer('start_time');
  let to = query.integer('end_time');
  const filtered = from !== undefined || to !== undefined;
  if (from !== undefined && to === undefined) to = clockSeconds;
  if (to !== undefined && from === undefined) from = to - 31 * day;
  if (from !== undefined && to !== undefined && (to < from || to - from > maxSpanDays * day)) {
    throw new ApiError('invalidParameter', `start_time 与 end_time 的跨度须在 0 到 ${maxSpanDays} 天之间。`);
  }
  const meeting = findMeeting(dataset, meetingId, 'meetingNotFound');
  if (!hasMeetingRole(meeting, user.userid)) throw new ApiError('noPermissionForbidden');

  let total = meeting.participantCount;
  let rows: Participant[];
  const end = Math.min(pos + size, maxReachable);
  if (filtered) {
    const all: Participant[] = [];
    for (let index = 0; index < meeting.participantCount; index++) {
      const participant = dataset.participant(meeting, index);
      if (participant.joinTime >= (from ?? 0) && participant.joinTime <= (to ?? Number.MAX_SAFE_INTEGER)) {
        all.push(participant);
      }
    }
    total = all.length;
    rows = all.slice(pos, end);
  } else {
    rows = [];
    for (let index = pos; index < Math.min(end, total); index++)
      rows.push(dataset.participant(meeting, index));
  }
  const nextPos = pos + rows.length;
  return {
    meeting_id: meeting.meetingId,
    meeting_code: meeting.meetingCode,
    subject: toBase64(meeting.subject, meeting.subjectEncoding),
    schedule_start_time: String(meeting.startTime),
    schedule_end_time: String(meeting.endTime),
    participants: rows.map(participantRow),
    has_remaining: nextPos < Math.min(total, maxReachable),
    next_pos: nextPos,
    total_count: total,
  };
};
