import { z } from 'zod';
import { phoneNumberProblem } from '../../data/phone-number.js';
import { calloutMeeting, calloutNumber } from '../callout-request.js';
import { parseJsonBody } from '../json-body.js';
import { checkMeetingId } from '../params.js';
import type { RouteHandler } from '../route-context.js';

/** The documented limit per call. */
const maxNumbers = 50;

const bodySchema = z.looseObject({
  operator_id: z.string().min(1),
  operator_id_type: z.number().int(),
  phone_numbers: z
    .array(
      z.looseObject({
        area: z.number().int(),
        phone: z.string(),
        extension_number: z.string().optional(),
      }),
    )
    .min(1)
    .max(maxNumbers),
});

const failureMessages = {
  'not-called': '该号码未在本会议中被呼叫。',
  'not-ringing': '该号码不在呼叫中，无法取消。',
} as const;

/**
 * POST /v1/meeting/{meeting_id}/phone/cancelcall. Cancels ringing callouts (their status becomes
 * CANCLE_INVITE at once; Tencent documents the cancel as asynchronous). A missing permission is
 * 500122 here, as this endpoint documents, not 9042.
 */
export const cancelCallouts: RouteHandler = ({ dataset, moment, body, pathParams }) => {
  const meetingId = checkMeetingId(pathParams[0] ?? '');
  const request = parseJsonBody(body, bodySchema);
  const meeting = calloutMeeting(dataset, meetingId, request, 'cancelNoPermission');

  const book = dataset.callouts(meeting);
  const succeeded: Record<string, unknown>[] = [];
  const failed: Record<string, unknown>[] = [];
  for (const entry of request.phone_numbers) {
    const { number, echo } = calloutNumber(entry);
    const problem = phoneNumberProblem(number);
    if (problem !== undefined) {
      failed.push({ ...echo, error_msg: problem });
      continue;
    }
    const outcome = book.cancel(number, moment);
    if (outcome === 'cancelled') succeeded.push(echo);
    else failed.push({ ...echo, error_msg: failureMessages[outcome] });
  }
  return { success_list: succeeded, failed_list: failed };
};
