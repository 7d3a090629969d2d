import * as z from 'zod/mini';

// Tencent's documented response shapes, tolerant of its documented quirks: numbers that come as
// strings, unix times as strings, integers or milliseconds, and optional fields left out.
// Anything else fails, naming the field (see parseJsonResponse).

/** A whole number sent as a JSON number or as a digit string. */
export const looseInt = z.union([
  z.int().check(z.nonnegative()),
  z.pipe(
    z.string().check(z.regex(/^\d+$/, 'expected a whole number')),
    z.transform((text) => Number(text)),
  ),
]);

/** A unix time (seconds or milliseconds) as a number or a digit string; kept as text. */
export const looseTime = z.union([
  z.pipe(z.number().check(z.nonnegative()), z.transform(String)),
  z.string().check(z.regex(/^\d*$/)),
]);

export const tencentErrorWire = z.object({
  error_info: z.object({
    error_code: looseInt,
    new_error_code: z.optional(looseInt),
    message: z.optional(z.string()),
  }),
});

export const tencentCalloutWire = z.object({
  area: looseInt,
  phone: z.string(),
  extension_number: z.optional(z.string()),
  status: z.string(),
  ms_open_id: z.string(),
  nick_name: z.optional(z.string()),
});
export type TencentCalloutWire = z.infer<typeof tencentCalloutWire>;

export const tencentCalloutListWire = z.object({
  meeting_id: z.string(),
  phone_numbers: z.nullish(z.array(tencentCalloutWire)),
  // The seed documents these two swapped; neither sizes any loop here.
  current_size: z.optional(looseInt),
  current_page: z.optional(looseInt),
  total_count: looseInt,
  total_page: looseInt,
});

const tencentUserWire = z.looseObject({ userid: z.optional(z.string()) });

export const tencentMeetingWire = z.object({
  meeting_id: z.string().check(z.regex(/^\d+$/, 'expected a decimal id')),
  meeting_code: z.optional(z.string()),
  subject: z.optional(z.string()),
  start_time: z.optional(looseTime),
  end_time: z.optional(looseTime),
  status: z.optional(z.string()),
  hosts: z.nullish(z.array(tencentUserWire)),
  current_hosts: z.nullish(z.array(tencentUserWire)),
  creator_userid: z.optional(z.string()),
  userid: z.optional(z.string()),
});
export type TencentMeetingWire = z.infer<typeof tencentMeetingWire>;

export const tencentMeetingInfoWire = z.object({
  meeting_number: z.optional(looseInt),
  meeting_info_list: z.nullish(z.array(tencentMeetingWire)),
});

export const tencentUpcomingMeetingsWire = z.object({
  meeting_number: z.optional(looseInt),
  meeting_info_list: z.nullish(z.array(tencentMeetingWire)),
  next_pos: z.optional(looseInt),
  next_cursory: z.optional(looseInt),
  remaining: z.optional(looseInt),
});

export const tencentEndedMeetingsWire = z.object({
  current_page: z.optional(looseInt),
  current_size: z.optional(looseInt),
  total_count: looseInt,
  total_page: looseInt,
  meeting_info_list: z.nullish(z.array(tencentMeetingWire)),
});

export const tencentParticipantWire = z.object({
  userid: z.optional(z.string()),
  open_id: z.optional(z.string()),
  ms_open_id: z.optional(z.string()),
  user_name: z.optional(z.string()),
  join_time: looseTime,
  left_time: z.optional(looseTime),
  instanceid: z.optional(looseInt),
});
export type TencentParticipantWire = z.infer<typeof tencentParticipantWire>;

export const tencentParticipantsWire = z.object({
  meeting_id: z.optional(z.string()),
  has_remaining: z.optional(z.boolean()),
  next_pos: z.optional(looseInt),
  total_count: z.optional(looseInt),
  participants: z.nullish(z.array(tencentParticipantWire)),
});

const tencentPhoneResultWire = z.object({
  area: looseInt,
  phone: z.string(),
  extension_number: z.optional(z.string()),
  nick_name: z.optional(z.string()),
  error_msg: z.optional(z.string()),
});

export const tencentStartCalloutWire = z.object({
  phone_numbers: z.nullish(z.array(tencentPhoneResultWire)),
  invalid_phone_numbers: z.nullish(z.array(tencentPhoneResultWire)),
});

export const tencentCancelCallWire = z.object({
  success_list: z.nullish(z.array(tencentPhoneResultWire)),
  failed_list: z.nullish(z.array(tencentPhoneResultWire)),
});
