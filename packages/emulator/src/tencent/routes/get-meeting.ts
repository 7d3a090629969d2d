import type { Dataset } from '../../data/dataset.js';
import type { EnterpriseUser, Meeting } from '../../data/meeting.js';
import { ApiError } from '../api-error.js';
import { findMeeting } from '../meeting-lookup.js';
import { resolveOperatorOrUserid } from '../operator.js';
import { checkMeetingId, type QueryParams } from '../params.js';
import type { RouteHandler } from '../route-context.js';
import { meetingInfo } from '../wire/meeting-info.js';

/** Device types are small integers (0 PSTN … 86 HarmonyOS AR/VR). */
export const instanceIdBounds = { min: 0, max: 99 };

/**
 * GET /v1/meetings/{meeting_id}. An enterprise app may read any meeting of the enterprise, so
 * there is no role check here; the operator must be a user of it. `operator_id` +
 * `operator_id_type` or the older `userid` name them. `instanceid` is checked when present
 * (Tencent marks it required; the emulator is lenient there).
 */
export const getMeeting: RouteHandler = ({ dataset, query, pathParams }) => {
  const meetingId = checkMeetingId(pathParams[0] ?? '');
  const viewer = viewerOf(dataset, query);
  return meetingAnswer(dataset, findMeeting(dataset, meetingId, 'meetingNotFound'), viewer);
};

/** GET /v1/meetings?meeting_code=…: the same answer, found by the 9-digit code. */
export function getMeetingByCode(dataset: Dataset, query: QueryParams, code: string): unknown {
  if (!/^\d{9}$/.test(code))
    throw new ApiError('invalidParameter', 'meeting_code 必须是 9 位数字，不能包含空格。');
  const viewer = viewerOf(dataset, query);
  const meeting = dataset.meetingsByCode.get(code);
  if (!meeting) throw new ApiError('meetingNotFound');
  return meetingAnswer(dataset, meeting, viewer);
}

function viewerOf(dataset: Dataset, query: QueryParams): EnterpriseUser {
  query.integer('instanceid', instanceIdBounds);
  return resolveOperatorOrUserid(dataset, {
    operatorId: query.string('operator_id'),
    operatorIdType: query.integer('operator_id_type'),
    userid: query.string('userid'),
  });
}

function meetingAnswer(dataset: Dataset, meeting: Meeting, viewer: EnterpriseUser): unknown {
  return { meeting_number: 1, meeting_info_list: [meetingInfo(dataset, meeting, viewer.userid)] };
}
