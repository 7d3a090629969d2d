import { z } from 'zod';
import { providerIdSchema } from './provider-id.js';

/** Someone in a meeting through an app (desktop, mobile, web, room system). */
export const participantSchema = z.object({
  provider: providerIdSchema,
  meetingId: z.string().min(1),
  /** The provider's per-meeting participant id, when it has one. */
  participantId: z.string().optional(),
  name: z.string(),
  joinedAt: z.date(),
  leftAt: z.date().optional(),
  /** The device or client type as the provider names it. */
  device: z.string().optional(),
  raw: z.unknown(),
});

export type Participant = z.infer<typeof participantSchema>;
