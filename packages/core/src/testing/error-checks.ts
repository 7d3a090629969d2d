import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../errors/authentication-error.js';
import type { CallrollError } from '../errors/callroll-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { RateLimitedError } from '../errors/rate-limited-error.js';
import { collect } from '../pagination/stream-pages.js';
import { streamPhoneParticipants } from '../pagination/stream-provider-listings.js';
import type { ConformanceContext } from './conformance-context.js';

/** The typed errors of refused credentials, rate limits and broken answers. */
export function errorChecks(context: ConformanceContext): void {
  describe('errors', () => {
    it('answers AuthenticationError for credentials the server rejects', async () => {
      const impostor = context.make({ credentials: 'invalid' });
      const error = await context.rejection(() =>
        impostor.getMeeting(context.fixture.meetingWithPhoneParticipants.meetingRef),
      );
      expect(AuthenticationError.isInstance(error), String(error)).toBe(true);
      expect((error as CallrollError).retryable).toBe(false);
    });

    it('answers RateLimitedError, retryable, when the server keeps refusing for its limits', async () => {
      const impatient = context.make({ maxRetries: 0 });
      await context.scenario('rate-limited', async () => {
        const error = await context.rejection(() =>
          impatient.listPhoneParticipants(context.fixture.meetingWithPhoneParticipants.meetingId),
        );
        expect(RateLimitedError.isInstance(error), String(error)).toBe(true);
        expect((error as CallrollError).retryable).toBe(true);
      });
    });

    it('answers InvalidResponseError naming the field when a response breaks its schema', async () => {
      // Unreadable answers are retried as passing faults; this one never gets better.
      const impatient = context.make({ maxRetries: 0 });
      const { meetingId } = context.fixture.meetingWithPhoneParticipants;
      await context.scenario('malformed-response', async () => {
        const error = await context.rejection(() => collect(streamPhoneParticipants(impatient, meetingId)));
        expect(InvalidResponseError.isInstance(error), String(error)).toBe(true);
        expect((error as InvalidResponseError).field.length).toBeGreaterThan(0);
      });
    });

    it('names the provider in every error', () => {
      for (const error of context.errors) expect((error as CallrollError).provider).toBe(context.provider.id);
    });
  });
}
