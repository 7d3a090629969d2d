import { z } from 'zod';

/**
 * Acme's cursors are opaque tokens (base64url): checked for their alphabet and length when they
 * arrive and when they come back, and otherwise passed on as they came.
 */
export const acmeCursorPattern = /^[A-Za-z0-9_-]{1,200}$/;

// Acme Meet's documented answers. Unknown fields pass; wrong types of known ones fail.
export const acmeMeetingBody = z.object({
  meeting: z.object({
    id: z.string().min(1),
    title: z.string(),
    status: z.string(),
    // Unix seconds; null until the meeting starts or ends.
    started_at: z.number().int().nonnegative().nullable(),
    ended_at: z.number().int().nonnegative().nullable(),
  }),
});

export const acmeDialInsBody = z.object({
  dial_ins: z.array(
    z.object({
      id: z.string(),
      phone: z.string(),
      state: z.string(),
      talk_seconds: z.number().int().nonnegative().nullable(),
      // Fen, as Acme bills; null while the call is going on.
      cost_fen: z.number().int().nonnegative().nullable(),
    }),
  ),
  next_cursor: z.string().regex(acmeCursorPattern).nullable(),
});

export const acmeErrorBody = z.object({
  errors: z.array(z.object({ code: z.string(), detail: z.string().optional() })).min(1),
});

export type AcmeMeetingWire = z.output<typeof acmeMeetingBody>['meeting'];
export type AcmeDialInWire = z.output<typeof acmeDialInsBody>['dial_ins'][number];
