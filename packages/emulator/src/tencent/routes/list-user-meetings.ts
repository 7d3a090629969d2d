import type { Meeting } from '../../data/meeting.js';
import { ApiError } from '../api-error.js';
import { resolveUserid } from '../operator.js';
import type { RouteHandler } from '../route-context.js';
import { meetingInfo } from '../wire/meeting-info.js';
import { getMeetingByCode, instanceIdBounds } from './get-meeting.js';

const pageLimit = 20;

/**
 * GET /v1/meetings?userid&instanceid[&pos&cursory]: the live and upcoming meetings a user
 * created, ordered by start time then last change. As documented, `pos` is a start time in unix
 * seconds (inclusive; 0 means Beijing midnight of the dataset's day) and `cursory` the last change
 * in ms. With both from the previous answer the pages neither repeat nor skip; with `pos` alone
 * meetings sharing the boundary start time come again, which the docs tell clients to dedupe.
 * With `meeting_code` this is the meeting-by-code endpoint instead.
 */
export const listUserMeetings: RouteHandler = (context) => {
  const { dataset, query } = context;
  const code = query.string('meeting_code');
  if (code !== undefined) return getMeetingByCode(dataset, query, code);

  if (query.string('operator_id') !== undefined) {
    // Documented for this listing: operator_id takes rooms ids only, wins over userid, and
    // enterprise users go in userid.
    throw new ApiError(
      'invalidParameter',
      'operator_id 仅支持 rooms_id（operator_id_type=3，仿真器未实现）；企业用户请使用 userid。',
    );
  }
  const user = resolveUserid(dataset, query.requiredString('userid'));
  query.requiredInteger('instanceid', instanceIdBounds);
  const pos = query.integer('pos') ?? 0;
  const cursory = query.integer('cursory') ?? 0;
  const from = pos === 0 ? dataset.listDayStartSeconds : pos;

  const meetings = dataset.meetings
    .filter(
      (meeting) =>
        meeting.creatorId === user.userid && (meeting.phase === 'live' || meeting.phase === 'upcoming'),
    )
    .sort(byStartThenChange);
  const after = meetings.filter((meeting) =>
    cursory === 0
      ? meeting.startTime >= from
      : meeting.startTime > from || (meeting.startTime === from && meeting.updatedMs > cursory),
  );
  const page = after.slice(0, pageLimit);
  const remaining = after.length - page.length;
  const last = page[page.length - 1];
  return {
    meeting_number: page.length,
    meeting_info_list: page.map((meeting) => meetingInfo(dataset, meeting, user.userid)),
    remaining,
    next_pos: remaining > 0 && last ? last.startTime : 0,
    next_cursory: remaining > 0 && last ? last.updatedMs : 0,
  };
};

function byStartThenChange(a: Meeting, b: Meeting): number {
  return a.startTime - b.startTime || a.updatedMs - b.updatedMs;
}
