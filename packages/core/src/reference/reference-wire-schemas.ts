import { z } from 'zod';

// The reference service's documented response shapes. Unknown fields pass through (a service
// may add fields); wrong types of known fields fail.
export const referenceMeetingWire = z.object({
  id: z.string().min(1),
  code: z.string(),
  topic: z.string(),
  state: z.string(),
  starts_at: z.iso.datetime(),
  ends_at: z.iso.datetime().nullable(),
  host: z.string(),
});

export const referencePhoneWire = z.object({
  id: z.string(),
  number: z.string(),
  extension: z.string().nullable(),
  direction: z.string(),
  status: z.string(),
  joined_at: z.iso.datetime().nullable(),
  left_at: z.iso.datetime().nullable(),
  duration_s: z.number().int().nonnegative().nullable(),
  cost: z.string().nullable(),
  currency: z.string(),
});

export const referenceParticipantWire = z.object({
  id: z.string(),
  name: z.string(),
  joined_at: z.iso.datetime(),
  left_at: z.iso.datetime().nullable(),
  device: z.string(),
});

export function referencePageWire<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().positive(),
    page_size: z.number().int().positive(),
    total: z.number().int().nonnegative(),
  });
}

export const referenceErrorWire = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export type ReferenceMeetingWire = z.output<typeof referenceMeetingWire>;
export type ReferencePhoneWire = z.output<typeof referencePhoneWire>;
export type ReferenceParticipantWire = z.output<typeof referenceParticipantWire>;
