import { hasMeetingRole } from '../../data/meeting.js';
import { ApiError } from '../api-error.js';
import { findMeeting } from '../meeting-lookup.js';
import { resolveOperator } from '../operator.js';
import { checkMeetingId } from '../params.js';
import type { RouteHandler } from '../route-context.js';
import { calloutRow } from '../wire/callout-row.js';

const maxPageSize = 100;

/**
 * GET /v1/meeting/{meeting_id}/phone/callout (the seed's endpoint). `current_page` is the page
 * number and `current_size` the rows on it, the reading the rest of the API uses.
 */
export const listCallouts: RouteHandler = ({ dataset, moment, query, pathParams }) => {
  const meetingId = checkMeetingId(pathParams[0] ?? '');
  const operatorId = query.requiredString('operator_id');
  const operatorIdType = query.requiredInteger('operator_id_type');
  const page = query.requiredInteger('page', { min: 1 });
  const pageSize = query.integer('page_size', { min: 1, max: maxPageSize }) ?? 20;
  const operator = resolveOperator(dataset, operatorId, operatorIdType);
  const meeting = findMeeting(dataset, meetingId, 'pstnMeetingNotFound');
  if (!hasMeetingRole(meeting, operator.userid)) throw new ApiError('noPermission');

  const book = dataset.callouts(meeting);
  const total = book.size;
  const rows = book.slice((page - 1) * pageSize, page * pageSize, moment);
  return {
    meeting_id: meeting.meetingId,
    phone_numbers: rows.map(calloutRow),
    current_size: rows.length,
    total_count: total,
    current_page: page,
    total_page: Math.ceil(total / pageSize),
  };
};
