import { z } from 'zod';
import { calloutStatuses } from '../../data/callout-status.js';
import { randomOpaqueId } from '../../data/people.js';
import { phoneNumberProblem } from '../../data/phone-number.js';
import { randomFor } from '../../random/seeded-random.js';
import { calloutMeeting, calloutNumber } from '../callout-request.js';
import { parseJsonBody } from '../json-body.js';
import { checkMeetingId } from '../params.js';
import type { RouteHandler } from '../route-context.js';

/** The documented limit per call (the Go SDK's comment says 50; the API doc says 30). */
const maxNumbers = 30;

const bodySchema = z.looseObject({
  operator_id: z.string().min(1),
  operator_id_type: z.number().int(),
  phone_numbers: z
    .array(
      z.looseObject({
        area: z.number().int(),
        phone: z.string(),
        extension_number: z.string().optional(),
        nick_name: z.string().optional(),
      }),
    )
    .min(1)
    .max(maxNumbers),
});

/**
 * POST /v1/meeting/{meeting_id}/phone/callout. Each good number starts ringing (START_INVITE) and
 * later moves on by its last digit (see placed-callout.ts); bad ones come back in
 * `invalid_phone_numbers`.
 */
export const startCallouts: RouteHandler = ({ dataset, moment, body, pathParams }) => {
  const meetingId = checkMeetingId(pathParams[0] ?? '');
  const request = parseJsonBody(body, bodySchema);
  const meeting = calloutMeeting(dataset, meetingId, request, 'noPermission');

  const book = dataset.callouts(meeting);
  const accepted: Record<string, unknown>[] = [];
  const invalid: Record<string, unknown>[] = [];
  const inThisCall = new Set<string>();
  for (const entry of request.phone_numbers) {
    const { number, echo } = calloutNumber(entry);
    const key = `${number.area}|${number.phone}|${number.extensionNumber ?? ''}`;
    const problem =
      phoneNumberProblem(number) ??
      (inThisCall.has(key) || book.isActive(number, moment) ? '该号码正在呼叫中或已在会中。' : undefined);
    if (problem !== undefined) {
      invalid.push({ ...echo, error_msg: problem });
      continue;
    }
    inThisCall.add(key);
    const msOpenId = randomOpaqueId(randomFor(dataset.seed, 'placed', meeting.index, book.size));
    book.place(
      { ...number, msOpenId, ...(entry.nick_name !== undefined ? { nickName: entry.nick_name } : {}) },
      moment,
    );
    accepted.push({ ...echo, status: calloutStatuses.invited });
  }
  return { meeting_id: meeting.meetingId, phone_numbers: accepted, invalid_phone_numbers: invalid };
};
