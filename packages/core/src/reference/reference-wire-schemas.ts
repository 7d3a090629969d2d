import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';

// The reference service's documented response shapes. Unknown fields pass through (a service
// may add fields); wrong types of known fields fail.
export const referenceMeetingWire = z.object({
  id: z.string().check(z.minLength(1)),
  code: z.string(),
  topic: z.string(),
  state: z.string(),
  starts_at: z.iso.datetime(),
  ends_at: z.nullable(z.iso.datetime()),
  host: z.string(),
});

export const referencePhoneWire = z.object({
  id: z.string(),
  number: z.string(),
  extension: z.nullable(z.string()),
  direction: z.string(),
  status: z.string(),
  joined_at: z.nullable(z.iso.datetime()),
  left_at: z.nullable(z.iso.datetime()),
  duration_s: z.nullable(z.int().check(z.nonnegative())),
  cost: z.nullable(z.string()),
  currency: z.string(),
});

export const referenceParticipantWire = z.object({
  id: z.string(),
  name: z.string(),
  joined_at: z.iso.datetime(),
  left_at: z.nullable(z.iso.datetime()),
  device: z.string(),
});

export function referencePageWire<T extends zc.$ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.int().check(z.positive()),
    page_size: z.int().check(z.positive()),
    total: z.int().check(z.nonnegative()),
  });
}

export const referenceErrorWire = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export type ReferenceMeetingWire = z.output<typeof referenceMeetingWire>;
export type ReferencePhoneWire = z.output<typeof referencePhoneWire>;
export type ReferenceParticipantWire = z.output<typeof referenceParticipantWire>;
