import * as z from 'zod/mini';

// Systec's documented shapes, tolerant of the quirks its reference lists: ids as numbers or
// strings, durations and booleans as strings, unpadded dates, "" for a missing end time, a
// missing leave_time. Anything else fails, naming the field.

/** An id sent as a number or a string; kept as text. */
export const looseId = z.union([z.string(), z.pipe(z.int().check(z.nonnegative()), z.transform(String))]);

/** A number sent as a number or as decimal text. */
export const looseNumber = z.union([
  z.number(),
  z.pipe(z.string().check(z.trim(), z.regex(/^-?\d+(\.\d+)?$/, 'expected a number')), z.transform(Number)),
]);

/** A flag as `true`, `"true"`, `1` or `"0"`. */
export const looseBoolean = z.union([
  z.boolean(),
  z.pipe(
    z.enum(['true', 'false', 'TRUE', 'FALSE', 'True', 'False']),
    z.transform((text) => text.toLowerCase() === 'true'),
  ),
  z.pipe(
    z.union([z.literal(0), z.literal(1), z.literal('0'), z.literal('1')]),
    z.transform((value) => String(value) === '1'),
  ),
]);

/** A time as naive text, ISO text, `""` or absent; read later in the configured zone. */
export const looseTime = z.nullish(z.string());

/** Minutes as a number, `"45"`, `"6分钟"` or `"01:25"` (hours:minutes); read by `readMinutes`. */
export const looseDuration = z.union([z.number().check(z.nonnegative()), z.string()]);

/** An amount of yuan as a number or decimal text; kept as given for exact sums. */
export const looseAmount = z.union([
  z.number().check(z.nonnegative()),
  z.string().check(z.trim(), z.regex(/^\d+(\.\d+)?$/, 'expected an amount')),
]);

export const systecParticipantWire = z.looseObject({
  name: z.string(),
  join_time: looseTime,
  leave_time: looseTime,
});
export type SystecParticipantWire = z.infer<typeof systecParticipantWire>;

export const systecTelephonyWire = z.looseObject({
  phone_number: z.union([z.string(), z.pipe(z.number(), z.transform(String))]),
  type: z.string(),
  start_time: looseTime,
  end_time: looseTime,
  duration: z.nullish(looseDuration),
  total: z.nullish(looseAmount),
});
export type SystecTelephonyWire = z.infer<typeof systecTelephonyWire>;

export const systecMeetingWire = z.looseObject({
  uuid: z.optional(z.string()),
  host_id: z.optional(looseId),
  meeting_id: z.optional(looseId),
  id: z.optional(looseId),
  topic: z.nullish(z.string()),
  start_time: looseTime,
  end_time: looseTime,
  duration: z.nullish(looseDuration),
  is_extra: z.optional(looseBoolean),
  participants: z.nullish(z.array(systecParticipantWire)),
  telephony_usage: z.nullish(z.array(systecTelephonyWire)),
});
export type SystecMeetingWire = z.infer<typeof systecMeetingWire>;

export const systecMeetingsDataWire = z.looseObject({
  from: z.optional(z.string()),
  to: z.optional(z.string()),
  total_record: z.optional(looseNumber),
  total_page: z.optional(looseNumber),
  page_number: z.optional(looseNumber),
  page_size: z.optional(looseNumber),
  has_previous_page: z.optional(looseBoolean),
  has_next_page: z.optional(looseBoolean),
  meetings: z.nullish(z.array(systecMeetingWire)),
});

/** The success envelope: `status` 200 (number or text) with `data`. */
export const systecSuccessWire = z.object({
  status: z.union([z.literal(200), z.literal('200')]),
  message: z.optional(z.string()),
  data: systecMeetingsDataWire,
});

/** The failure envelope: `status` ≠ 200 with a `message`. */
export const systecEnvelopeErrorWire = z.object({
  status: z.union([z.number(), z.string()]),
  message: z.optional(z.string()),
});

/** Zoom v1's error shape, which UMeeting mirrors: `{error: {code, message}}`. */
export const systecZoomErrorWire = z.object({
  error: z.object({ code: looseNumber, message: z.optional(z.string()) }),
});

/** Either failure shape; an envelope whose status is 200 is read as no failure. */
export const systecErrorWire = z.union([systecZoomErrorWire, systecEnvelopeErrorWire]);
