import * as z from 'zod/mini';
import { providerIdSchema } from './provider-id.js';

/** Someone in a meeting through an app (desktop, mobile, web, room system). */
export const participantSchema = z.object({
  provider: providerIdSchema,
  meetingId: z.string().check(z.minLength(1)),
  /** The provider's per-meeting participant id, when it has one. */
  participantId: z.optional(z.string()),
  name: z.string(),
  joinedAt: z.date(),
  leftAt: z.optional(z.date()),
  /** The device or client type as the provider names it. */
  device: z.optional(z.string()),
  raw: z.unknown(),
});

export type Participant = z.infer<typeof participantSchema>;
