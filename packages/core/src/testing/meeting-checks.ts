import { describe, expect, it } from 'vitest';
import { CallrollError } from '../errors/callroll-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { meetingSchema } from '../model/meeting.js';
import { collect } from '../pagination/stream-pages.js';
import { streamMeetings } from '../pagination/stream-provider-listings.js';
import type { ConformanceContext } from './conformance-context.js';

/** One meeting, a missing one, a malformed id, and the meetings of a range. */
export function meetingChecks(context: ConformanceContext): void {
  describe('meetings', () => {
    it('gets a meeting that parses with the core model', async () => {
      const { provider, fixture } = context;
      const meeting = await provider.getMeeting(fixture.meetingWithPhoneParticipants.meetingRef);
      expect(meetingSchema.parse(meeting)).toBeTruthy();
      expect(meeting.provider).toBe(provider.id);
      expect(meeting.id).toBe(fixture.meetingWithPhoneParticipants.meetingId);
    });

    it('answers NotFoundError for a meeting the server does not have', async () => {
      const error = await context.rejection(() =>
        context.provider.getMeeting(context.fixture.missingMeetingId),
      );
      expect(NotFoundError.isInstance(error), String(error)).toBe(true);
      expect(CallrollError.isInstance(error)).toBe(true);
    });

    it('refuses a malformed meeting id before any request', async () => {
      const { provider, fixture } = context;
      const mark = context.events.length;
      const error = await context.rejection(() => provider.getMeeting(fixture.malformedMeetingId));
      expect(InvalidInputError.isInstance(error), String(error)).toBe(true);
      const listError = await context.rejection(() =>
        provider.listPhoneParticipants(fixture.malformedMeetingId),
      );
      expect(InvalidInputError.isInstance(listError)).toBe(true);
      expect(context.requestsSince(mark)).toEqual([]);
    });

    it('lists the meetings of a range, complete and without duplicates', async (test) => {
      const { provider, fixture } = context;
      const range = fixture.meetingRange;
      if (!provider.capabilities.listMeetings || !range) return test.skip();
      const meetings = await collect(streamMeetings(provider, range));
      expect(meetings).toHaveLength(range.count);
      expect(new Set(meetings.map((meeting) => meeting.id)).size).toBe(meetings.length);
      for (const meeting of meetings) meetingSchema.parse(meeting);
    });
  });
}
