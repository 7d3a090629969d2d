import { z } from 'zod';

// Tencent's documented response shapes, tolerant of its documented quirks: numbers that come as
// strings, unix times as strings, integers or milliseconds, and optional fields left out.
// Anything else fails, naming the field (see parseJsonResponse).

/** A whole number sent as a JSON number or as a digit string. */
export const looseInt = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform((text) => Number(text)),
]);

/** A unix time (seconds or milliseconds) as a number or a digit string; kept as text. */
export const looseTime = z.union([z.number().nonnegative().transform(String), z.string().regex(/^\d*$/)]);

export const tencentErrorWire = z.object({
  error_info: z.object({
    error_code: looseInt,
    new_error_code: looseInt.optional(),
    message: z.string().optional(),
  }),
});

export const tencentCalloutWire = z.object({
  area: looseInt,
  phone: z.string(),
  extension_number: z.string().optional(),
  status: z.string(),
  ms_open_id: z.string(),
  nick_name: z.string().optional(),
});
export type TencentCalloutWire = z.infer<typeof tencentCalloutWire>;

export const tencentCalloutListWire = z.object({
  meeting_id: z.string(),
  phone_numbers: z.array(tencentCalloutWire).nullish(),
  // The seed documents these two swapped; neither sizes any loop here.
  current_size: looseInt.optional(),
  current_page: looseInt.optional(),
  total_count: looseInt,
  total_page: looseInt,
});

const tencentUserWire = z.object({ userid: z.string().optional() }).loose();

export const tencentMeetingWire = z.object({
  meeting_id: z.string().regex(/^\d+$/, 'expected a decimal id'),
  meeting_code: z.string().optional(),
  subject: z.string().optional(),
  start_time: looseTime.optional(),
  end_time: looseTime.optional(),
  status: z.string().optional(),
  hosts: z.array(tencentUserWire).nullish(),
  current_hosts: z.array(tencentUserWire).nullish(),
  creator_userid: z.string().optional(),
  userid: z.string().optional(),
});
export type TencentMeetingWire = z.infer<typeof tencentMeetingWire>;

export const tencentMeetingInfoWire = z.object({
  meeting_number: looseInt.optional(),
  meeting_info_list: z.array(tencentMeetingWire).nullish(),
});

export const tencentUpcomingMeetingsWire = z.object({
  meeting_number: looseInt.optional(),
  meeting_info_list: z.array(tencentMeetingWire).nullish(),
  next_pos: looseInt.optional(),
  next_cursory: looseInt.optional(),
  remaining: looseInt.optional(),
});

export const tencentEndedMeetingsWire = z.object({
  current_page: looseInt.optional(),
  current_size: looseInt.optional(),
  total_count: looseInt,
  total_page: looseInt,
  meeting_info_list: z.array(tencentMeetingWire).nullish(),
});

export const tencentParticipantWire = z.object({
  userid: z.string().optional(),
  open_id: z.string().optional(),
  ms_open_id: z.string().optional(),
  user_name: z.string().optional(),
  join_time: looseTime,
  left_time: looseTime.optional(),
  instanceid: looseInt.optional(),
});
export type TencentParticipantWire = z.infer<typeof tencentParticipantWire>;

export const tencentParticipantsWire = z.object({
  meeting_id: z.string().optional(),
  has_remaining: z.boolean().optional(),
  next_pos: looseInt.optional(),
  total_count: looseInt.optional(),
  participants: z.array(tencentParticipantWire).nullish(),
});

const tencentPhoneResultWire = z.object({
  area: looseInt,
  phone: z.string(),
  extension_number: z.string().optional(),
  nick_name: z.string().optional(),
  error_msg: z.string().optional(),
});

export const tencentStartCalloutWire = z.object({
  phone_numbers: z.array(tencentPhoneResultWire).nullish(),
  invalid_phone_numbers: z.array(tencentPhoneResultWire).nullish(),
});

export const tencentCancelCallWire = z.object({
  success_list: z.array(tencentPhoneResultWire).nullish(),
  failed_list: z.array(tencentPhoneResultWire).nullish(),
});
