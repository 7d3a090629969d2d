import { z } from 'zod';

// Systec's documented shapes, tolerant of the quirks its reference lists: ids as numbers or
// strings, durations and booleans as strings, unpadded dates, "" for a missing end time, a
// missing leave_time. Anything else fails, naming the field.

/** An id sent as a number or a string; kept as text. */
export const looseId = z.union([z.string(), z.number().int().nonnegative().transform(String)]);

/** A number sent as a number or as decimal text. */
export const looseNumber = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'expected a number')
    .transform(Number),
]);

/** A flag as `true`, `"true"`, `1` or `"0"`. */
export const looseBoolean = z.union([
  z.boolean(),
  z
    .enum(['true', 'false', 'TRUE', 'FALSE', 'True', 'False'])
    .transform((text) => text.toLowerCase() === 'true'),
  z
    .union([z.literal(0), z.literal(1), z.literal('0'), z.literal('1')])
    .transform((value) => String(value) === '1'),
]);

/** A time as naive text, ISO text, `""` or absent; read later in the configured zone. */
export const looseTime = z.string().nullish();

/** Minutes as a number, `"45"`, `"6分钟"` or `"01:25"` (hours:minutes); read by `readMinutes`. */
export const looseDuration = z.union([z.number().nonnegative(), z.string()]);

/** An amount of yuan as a number or decimal text; kept as given for exact sums. */
export const looseAmount = z.union([
  z.number().nonnegative(),
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, 'expected an amount'),
]);

export const systecParticipantWire = z
  .object({
    name: z.string(),
    join_time: looseTime,
    leave_time: looseTime,
  })
  .loose();
export type SystecParticipantWire = z.infer<typeof systecParticipantWire>;

export const systecTelephonyWire = z
  .object({
    phone_number: z.union([z.string(), z.number().transform(String)]),
    type: z.string(),
    start_time: looseTime,
    end_time: looseTime,
    duration: looseDuration.nullish(),
    total: looseAmount.nullish(),
  })
  .loose();
export type SystecTelephonyWire = z.infer<typeof systecTelephonyWire>;

export const systecMeetingWire = z
  .object({
    uuid: z.string().optional(),
    host_id: looseId.optional(),
    meeting_id: looseId.optional(),
    id: looseId.optional(),
    topic: z.string().nullish(),
    start_time: looseTime,
    end_time: looseTime,
    duration: looseDuration.nullish(),
    is_extra: looseBoolean.optional(),
    participants: z.array(systecParticipantWire).nullish(),
    telephony_usage: z.array(systecTelephonyWire).nullish(),
  })
  .loose();
export type SystecMeetingWire = z.infer<typeof systecMeetingWire>;

export const systecMeetingsDataWire = z
  .object({
    from: z.string().optional(),
    to: z.string().optional(),
    total_record: looseNumber.optional(),
    total_page: looseNumber.optional(),
    page_number: looseNumber.optional(),
    page_size: looseNumber.optional(),
    has_previous_page: looseBoolean.optional(),
    has_next_page: looseBoolean.optional(),
    meetings: z.array(systecMeetingWire).nullish(),
  })
  .loose();

/** The success envelope: `status` 200 (number or text) with `data`. */
export const systecSuccessWire = z.object({
  status: z.union([z.literal(200), z.literal('200')]),
  message: z.string().optional(),
  data: systecMeetingsDataWire,
});

/** The failure envelope: `status` ≠ 200 with a `message`. */
export const systecEnvelopeErrorWire = z.object({
  status: z.union([z.number(), z.string()]),
  message: z.string().optional(),
});

/** Zoom v1's error shape, which UMeeting mirrors: `{error: {code, message}}`. */
export const systecZoomErrorWire = z.object({
  error: z.object({ code: looseNumber, message: z.string().optional() }),
});

/** Either failure shape; an envelope whose status is 200 is read as no failure. */
export const systecErrorWire = z.union([systecZoomErrorWire, systecEnvelopeErrorWire]);
