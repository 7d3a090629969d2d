import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError } from '../errors/aborted-error.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { CallrollError } from '../errors/callroll-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { RateLimitedError } from '../errors/rate-limited-error.js';
import { meetingSchema } from '../model/meeting.js';
import { participantSchema } from '../model/participant.js';
import { phoneParticipantSchema } from '../model/phone-participant.js';
import { collect } from '../pagination/stream-pages.js';
import { streamMeetings, streamPhoneParticipants } from '../pagination/stream-provider-listings.js';
import type { ProviderV1 } from '../provider/provider-v1.js';
import { describeSettings } from '../provider/settings-field.js';
import type { TransportEvent } from '../transport/transport-types.js';
import type {
  ConformanceFixture,
  ConformanceProviderOptions,
  ProviderConformanceOptions,
} from './conformance-fixture.js';

/**
 * The contract every v1 provider honours, as a vitest suite. Call it from a provider package's
 * tests with a fixture that starts its emulator; see the core README for a walk-through.
 */
export function runProviderConformanceTests(options: ProviderConformanceOptions): void {
  describe(`provider conformance: ${options.name}`, () => {
    let fixture: ConformanceFixture;
    let provider: ProviderV1;
    const events: TransportEvent[] = [];
    const errors: unknown[] = [];
    const made: ProviderV1[] = [];

    const make = (overrides: Partial<ConformanceProviderOptions> = {}): ProviderV1 => {
      const instance = fixture.createProvider({
        credentials: 'valid',
        onEvent: (event) => events.push(event),
        ...overrides,
      });
      made.push(instance);
      return instance;
    };
    // Every rejection is kept so that the last test can look for secrets in all of them.
    const rejection = async (work: () => Promise<unknown>): Promise<unknown> => {
      try {
        await work();
      } catch (error) {
        errors.push(error);
        return error;
      }
      throw new Error('expected the call to fail, but it succeeded');
    };
    const scenario = async (
      name: Parameters<ConformanceFixture['setScenario']>[0],
      work: () => Promise<void>,
    ) => {
      await fixture.setScenario(name);
      try {
        await work();
      } finally {
        await fixture.setScenario('normal');
      }
    };

    beforeAll(async () => {
      fixture = await options.setup();
      provider = make();
    });
    afterAll(async () => {
      await Promise.all(made.map((instance) => instance.close?.()));
      await fixture?.close();
    });

    describe('shape', () => {
      it('declares contract v1, an id, a name and consistent capabilities', () => {
        expect(provider.specificationVersion).toBe('v1');
        expect(provider.id).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(provider.displayName.length).toBeGreaterThan(0);
        const { capabilities } = provider;
        expect(capabilities.maxPageSize).toBeGreaterThanOrEqual(capabilities.defaultPageSize);
        expect(capabilities.defaultPageSize).toBeGreaterThan(0);
        expect(typeof provider.listMeetings === 'function').toBe(capabilities.listMeetings);
        expect(typeof provider.listParticipants === 'function').toBe(capabilities.listParticipants);
        expect(typeof provider.startCallOut === 'function').toBe(capabilities.callOut);
      });

      it('declares its live and call-out capabilities consistently', () => {
        const { liveStatus, rateBudget, callOutBatchSize, callOutCallingCodes } = provider.capabilities;
        if (liveStatus !== undefined) expect(typeof liveStatus).toBe('boolean');
        if (rateBudget !== undefined) {
          expect(
            Number.isInteger(rateBudget.requests) && rateBudget.requests > 0,
            'rateBudget.requests',
          ).toBe(true);
          expect(
            Number.isInteger(rateBudget.windowMs) && rateBudget.windowMs > 0,
            'rateBudget.windowMs',
          ).toBe(true);
        }
        if (callOutBatchSize !== undefined) {
          expect(Number.isInteger(callOutBatchSize) && callOutBatchSize > 0, 'callOutBatchSize').toBe(true);
        }
        for (const code of callOutCallingCodes ?? []) expect(code).toMatch(/^[1-9]\d{0,2}$/);
      });

      it('describes every setting with a title and a description, and flags secrets', () => {
        const fields = describeSettings(provider.settingsSchema);
        expect(fields.length).toBeGreaterThan(0);
        for (const field of fields) {
          expect(field.title.trim().length, `${field.name} has a title`).toBeGreaterThan(0);
          expect(field.description.length, `${field.name} has a description`).toBeGreaterThan(0);
        }
        expect(fields.some((field) => field.secret)).toBe(true);
      });
    });

    describe('meetings', () => {
      it('gets a meeting that parses with the core model', async () => {
        const meeting = await provider.getMeeting(fixture.meetingWithPhoneParticipants.meetingRef);
        expect(meetingSchema.parse(meeting)).toBeTruthy();
        expect(meeting.provider).toBe(provider.id);
        expect(meeting.id).toBe(fixture.meetingWithPhoneParticipants.meetingId);
      });

      it('answers NotFoundError for a meeting the server does not have', async () => {
        const error = await rejection(() => provider.getMeeting(fixture.missingMeetingId));
        expect(NotFoundError.isInstance(error), String(error)).toBe(true);
        expect(CallrollError.isInstance(error)).toBe(true);
      });

      it('refuses a malformed meeting id before any request', async () => {
        const before = events.length;
        const error = await rejection(() => provider.getMeeting(fixture.malformedMeetingId));
        expect(InvalidInputError.isInstance(error), String(error)).toBe(true);
        const listError = await rejection(() => provider.listPhoneParticipants(fixture.malformedMeetingId));
        expect(InvalidInputError.isInstance(listError)).toBe(true);
        expect(events.slice(before).filter((event) => event.type === 'request')).toEqual([]);
      });

      it('lists the meetings of a range, complete and without duplicates', async (context) => {
        const range = fixture.meetingRange;
        if (!provider.capabilities.listMeetings || !range) return context.skip();
        const meetings = await collect(streamMeetings(provider, range));
        expect(meetings).toHaveLength(range.count);
        expect(new Set(meetings.map((meeting) => meeting.id)).size).toBe(meetings.length);
        for (const meeting of meetings) meetingSchema.parse(meeting);
      });
    });

    describe('phone participants', () => {
      const pageSizes = () => {
        const { defaultPageSize, maxPageSize } = provider.capabilities;
        return [...new Set(options.pageSizes ?? [Math.min(7, maxPageSize), defaultPageSize, maxPageSize])];
      };
      let reference: string[] = [];

      it('streams every phone participant, in the same order at every page size', async () => {
        const { meetingId, count } = fixture.meetingWithPhoneParticipants;
        for (const pageSize of pageSizes()) {
          const items = await collect(streamPhoneParticipants(provider, meetingId, { pageSize }));
          expect(items, `page size ${pageSize}`).toHaveLength(count);
          for (const item of items) phoneParticipantSchema.parse(item);
          const keys = items.map((item) => JSON.stringify({ ...item, raw: undefined }));
          if (reference.length === 0) reference = keys;
          else expect(keys, `page size ${pageSize} gives the same items`).toEqual(reference);
        }
      });

      it('pages by hand: cursors lead through every page with no gap or duplicate', async () => {
        const { meetingId, count } = fixture.meetingWithPhoneParticipants;
        const pageSize = Math.min(provider.capabilities.maxPageSize, Math.max(1, Math.ceil(count / 3)));
        const keys: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await provider.listPhoneParticipants(meetingId, { pageSize, cursor });
          if (page.total !== undefined) expect(page.total).toBe(count);
          expect(page.items.length).toBeLessThanOrEqual(pageSize);
          keys.push(...page.items.map((item) => JSON.stringify({ ...item, raw: undefined })));
          cursor = page.nextCursor;
          expect(++pages).toBeLessThanOrEqual(Math.ceil(count / pageSize) + 1);
        } while (cursor !== undefined);
        expect(keys).toHaveLength(count);
        if (reference.length > 0) expect(keys).toEqual(reference);
      });

      it('keeps statuses it does not know as unknown, with the raw status', async (context) => {
        const unknown = fixture.unknownPhoneStatus;
        if (!unknown) return context.skip();
        const items = await collect(streamPhoneParticipants(provider, unknown.meetingId));
        const match = items.find((item) => item.rawStatus === unknown.rawStatus);
        expect(match?.status).toBe('unknown');
      });

      it('stops when aborted, before and during a listing', async () => {
        const { meetingId } = fixture.meetingWithPhoneParticipants;
        const early = new AbortController();
        early.abort();
        const error = await rejection(() =>
          provider.listPhoneParticipants(meetingId, { signal: early.signal }),
        );
        expect(AbortedError.isInstance(error), String(error)).toBe(true);

        const during = new AbortController();
        let seen = 0;
        const streamError = await rejection(async () => {
          for await (const _ of streamPhoneParticipants(provider, meetingId, {
            pageSize: 1,
            signal: during.signal,
          })) {
            if (++seen === 2) during.abort();
          }
        });
        expect(AbortedError.isInstance(streamError), String(streamError)).toBe(true);
        expect(seen).toBe(2);
      });

      it('lists app participants that parse with the core model', async (context) => {
        if (!provider.listParticipants) return context.skip();
        const page = await provider.listParticipants(fixture.meetingWithPhoneParticipants.meetingId);
        for (const item of page.items) participantSchema.parse(item);
      });
    });

    describe('errors', () => {
      it('answers AuthenticationError for credentials the server rejects', async () => {
        const impostor = make({ credentials: 'invalid' });
        const error = await rejection(() =>
          impostor.getMeeting(fixture.meetingWithPhoneParticipants.meetingRef),
        );
        expect(AuthenticationError.isInstance(error), String(error)).toBe(true);
        expect((error as CallrollError).retryable).toBe(false);
      });

      it('answers RateLimitedError, retryable, when the server keeps refusing for its limits', async () => {
        const impatient = make({ maxRetries: 0 });
        await scenario('rate-limited', async () => {
          const error = await rejection(() =>
            impatient.listPhoneParticipants(fixture.meetingWithPhoneParticipants.meetingId),
          );
          expect(RateLimitedError.isInstance(error), String(error)).toBe(true);
          expect((error as CallrollError).retryable).toBe(true);
        });
      });

      it('answers InvalidResponseError naming the field when a response breaks its schema', async () => {
        // Unreadable answers are retried as passing faults; this one never gets better.
        const impatient = make({ maxRetries: 0 });
        await scenario('malformed-response', async () => {
          const error = await rejection(() =>
            collect(streamPhoneParticipants(impatient, fixture.meetingWithPhoneParticipants.meetingId)),
          );
          expect(InvalidResponseError.isInstance(error), String(error)).toBe(true);
          expect((error as InvalidResponseError).field.length).toBeGreaterThan(0);
        });
      });

      it('names the provider in every error', () => {
        for (const error of errors) expect((error as CallrollError).provider).toBe(provider.id);
      });
    });

    describe('secrets', () => {
      it('appear in no error and no log event', () => {
        expect(events.length).toBeGreaterThan(0);
        const texts = [
          ...events.map((event) => JSON.stringify(event)),
          ...errors.flatMap((error) => [
            String(error),
            (error as Error).stack ?? '',
            JSON.stringify(error),
            JSON.stringify((error as CallrollError).toJSON?.()),
          ]),
        ];
        for (const secret of fixture.secrets) {
          expect(secret.length).toBeGreaterThan(3);
          for (const text of texts)
            expect(text.includes(secret), `a secret leaked into: ${text.slice(0, 200)}`).toBe(false);
        }
      });
    });
  });
}
