import type { Dataset } from '../data/dataset.js';
import { hasMeetingRole, type Meeting } from '../data/meeting.js';
import type { PhoneNumber } from '../data/phone-number.js';
import { ApiError } from './api-error.js';
import type { TencentErrorName } from './error-codes.js';
import { findMeeting } from './meeting-lookup.js';
import { resolveOperator } from './operator.js';

/**
 * The meeting a start or cancel callout request acts on, after the checks both make: a known
 * operator with a role in a meeting that is neither ended nor cancelled. The two endpoints
 * document different codes for a missing role.
 */
export function calloutMeeting(
  dataset: Dataset,
  meetingId: string,
  operator: { operator_id: string; operator_id_type: number },
  noPermission: TencentErrorName,
): Meeting {
  const { userid } = resolveOperator(dataset, operator.operator_id, operator.operator_id_type);
  const meeting = findMeeting(dataset, meetingId, 'pstnMeetingNotFound');
  if (!hasMeetingRole(meeting, userid)) throw new ApiError(noPermission);
  if (meeting.phase === 'ended') throw new ApiError('meetingEnded');
  if (meeting.phase === 'cancelled') throw new ApiError('meetingCancelled');
  return meeting;
}

/** A number as a request names it, and its echo in the answer's lists. */
export function calloutNumber(entry: {
  area: number;
  phone: string;
  extension_number?: string | undefined;
}): {
  number: PhoneNumber;
  echo: Record<string, unknown>;
} {
  const number: PhoneNumber = { area: entry.area, phone: entry.phone };
  if (entry.extension_number !== undefined && entry.extension_number !== '') {
    number.extensionNumber = entry.extension_number;
  }
  const echo: Record<string, unknown> = { area: number.area, phone: number.phone };
  if (number.extensionNumber !== undefined) echo.extension_number = number.extensionNumber;
  return { number, echo };
}
