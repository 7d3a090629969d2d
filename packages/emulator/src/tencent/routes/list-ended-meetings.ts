import { hasMeetingRole } from '../../data/meeting.js';
import { ApiError } from '../api-error.js';
import { resolveUserid } from '../operator.js';
import type { RouteHandler } from '../route-context.js';

const maxPageSize = 20;
const day = 86_400;

/**
 * GET /v1/history/meetings/{userid}?page&page_size[&meeting_code&start_time&end_time]: ended
 * meetings the user created or hosted, newest first. Times are integers here. As documented, a
 * range may span at most 90 days, and a lone `start_time` or `end_time` stands for 31 days.
 */
export const listEndedMeetings: RouteHandler = ({ dataset, query, pathParams }) => {
  const user = resolveUserid(dataset, pathParams[0] ?? '');
  const page = query.integer('page', { min: 1 }) ?? 1;
  const pageSize = query.integer('page_size', { min: 1, max: maxPageSize }) ?? maxPageSize;
  const code = query.string('meeting_code');
  if (code !== undefined && !/^\d+$/.test(code)) {
    throw new ApiError('invalidParameter', 'meeting_code 只能包含数字，不能包含空格。');
  }
  let from = query.integer('start_time');
  let to = query.integer('end_time');
  if (from !== undefined && to === undefined) to = from + 31 * day;
  if (to !== undefined && from === undefined) from = to - 31 * day;
  if (from !== undefined && to !== undefined) {
    if (to < from) throw new ApiError('invalidParameter', 'end_time 不能早于 start_time。');
    if (to - from > 90 * day) throw new ApiError('invalidParameter', '时间跨度不能超过 90 天。');
  }

  const meetings = dataset.meetings
    .filter(
      (meeting) =>
        meeting.phase === 'ended' &&
        hasMeetingRole(meeting, user.userid) &&
        (code === undefined || meeting.meetingCode === code) &&
        (from === undefined || meeting.startTime >= from) &&
        (to === undefined || meeting.startTime <= to),
    )
    .sort((a, b) => b.startTime - a.startTime || a.index - b.index);
  const rows = meetings.slice((page - 1) * pageSize, page * pageSize);
  return {
    current_page: page,
    current_size: rows.length,
    total_count: meetings.length,
    total_page: Math.ceil(meetings.length / pageSize),
    meeting_info_list: rows.map((meeting) => ({
      subject: meeting.subject,
      meeting_id: meeting.meetingId,
      meeting_code: meeting.meetingCode,
      start_time: meeting.startTime,
      end_time: meeting.endTime,
      meeting_type: 0,
    })),
  };
};
