import * as z from 'zod/mini';
import { providerIdSchema } from './provider-id.js';

export const meetingStatusSchema = z.enum(['scheduled', 'live', 'ended', 'cancelled', 'unknown']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const meetingSchema = z.object({
  provider: providerIdSchema,
  /** The provider's id, opaque: Tencent's are 20-digit strings beyond a double's precision. */
  id: z.string().check(z.minLength(1)),
  /** The number people type to join (Tencent's 9-digit meeting code), when it differs from `id`. */
  code: z.optional(z.string()),
  topic: z.optional(z.string()),
  status: meetingStatusSchema,
  /** The provider's own status text, kept when `status` is `unknown` or for display. */
  rawStatus: z.optional(z.string()),
  startAt: z.optional(z.date()),
  endAt: z.optional(z.date()),
  /** The host's name or id, as the provider reports it. */
  host: z.optional(z.string()),
  /** The provider's record, unchanged. */
  raw: z.unknown(),
});

export type Meeting = z.infer<typeof meetingSchema>;
