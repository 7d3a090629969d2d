import * as z from 'zod/mini';
import { moneySchema } from './money.js';
import { phoneNumberSchema } from './phone-number.js';
import { providerIdSchema } from './provider-id.js';

export const phoneDirectionSchema = z.enum(['call-out', 'call-in', 'toll-free', 'unknown']);
export type PhoneDirection = z.infer<typeof phoneDirectionSchema>;

export const phoneStatusSchema = z.enum([
  'calling',
  'connected',
  'ended',
  'unanswered',
  'cancelled',
  'unknown',
]);
export type PhoneStatus = z.infer<typeof phoneStatusSchema>;

/** A phone line in a meeting: a number the meeting called out to, or that dialled in. */
export const phoneParticipantSchema = z.object({
  provider: providerIdSchema,
  meetingId: z.string().check(z.minLength(1)),
  /** The provider's per-meeting participant id (Tencent's `ms_open_id`), when it has one. */
  participantId: z.optional(z.string()),
  phone: phoneNumberSchema,
  /** A name the caller gave the line, when the provider keeps one. */
  name: z.optional(z.string()),
  direction: phoneDirectionSchema,
  /** The provider's own direction text (e.g. Zoom's `US toll-number`). */
  rawDirection: z.optional(z.string()),
  status: phoneStatusSchema,
  /** The provider's own status text, always kept: `unknown` statuses are not lost. */
  rawStatus: z.optional(z.string()),
  joinedAt: z.optional(z.date()),
  leftAt: z.optional(z.date()),
  durationSeconds: z.optional(z.int().check(z.nonnegative())),
  cost: z.optional(moneySchema),
  raw: z.unknown(),
});

export type PhoneParticipant = z.infer<typeof phoneParticipantSchema>;
