import { describe, expect, it } from 'vitest';
import { AbortedError } from '../errors/aborted-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { streamPhoneParticipants } from '../pagination/stream-provider-listings.js';
import type { Page, PageRequest } from '../provider/page.js';
import type { ConformanceContext } from './conformance-context.js';

// Cursors no provider issues: a space, a path, a line break after digits (which `/^\d+$/m` lets by).
const foreignCursors = ['not a cursor', '../1', '1\n'];
// A provider that gives up on a request this long after sending it fails the in-flight check
// rather than hang; one that passes the signal on stops at once, long before.
const inFlightTimeoutMs = 2_000;

type Listing = [name: string, list: (request: PageRequest) => Promise<Page<unknown>>];

/** Every listing the provider has, as one function of a page request. */
function listingsOf(context: ConformanceContext): Listing[] {
  const { provider, fixture } = context;
  const { meetingId } = fixture.meetingWithPhoneParticipants;
  const range = fixture.meetingRange ?? { from: new Date('2026-01-01'), to: new Date('2026-02-01') };
  const { listMeetings, listParticipants } = provider;
  const listings: Listing[] = [
    ['listPhoneParticipants', (request) => provider.listPhoneParticipants(meetingId, request)],
  ];
  if (listMeetings) listings.push(['listMeetings', (request) => listMeetings.call(provider, range, request)]);
  if (listParticipants)
    listings.push(['listParticipants', (request) => listParticipants.call(provider, meetingId, request)]);
  return listings;
}

/** What a listing checks before it sends anything, and how it stops when its caller aborts. */
export function requestChecks(context: ConformanceContext): void {
  describe('requests', () => {
    it('refuses a page size out of bounds and a cursor it did not issue, before any request', async () => {
      const { maxPageSize } = context.provider.capabilities;
      const bad: [string, PageRequest][] = [
        ...[0, maxPageSize + 1, 1.5].map((pageSize) => ['pageSize', { pageSize }] as [string, PageRequest]),
        ...foreignCursors.map((cursor) => ['cursor', { cursor }] as [string, PageRequest]),
      ];
      const mark = context.events.length;
      for (const [name, list] of listingsOf(context)) {
        for (const [field, request] of bad) {
          const error = await context.rejection(() => list(request));
          const what = `${name}(${JSON.stringify(request)})`;
          expect(InvalidInputError.isInstance(error), `${what}: ${String(error)}`).toBe(true);
          const fields = (error as InvalidInputError).issues.map((issue) => issue.field);
          expect(fields, `${what} names the field`).toContain(field);
        }
      }
      expect(context.requestsSince(mark)).toEqual([]);
    });

    it('stops when aborted, before and during a listing', async () => {
      const { provider, fixture } = context;
      const { meetingId } = fixture.meetingWithPhoneParticipants;
      const early = new AbortController();
      early.abort();
      const error = await context.rejection(() =>
        provider.listPhoneParticipants(meetingId, { signal: early.signal }),
      );
      expect(AbortedError.isInstance(error), String(error)).toBe(true);

      const during = new AbortController();
      let seen = 0;
      const streamError = await context.rejection(async () => {
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

    it('stops a request in flight when aborted', async () => {
      let sent: () => void = () => undefined;
      const requested = new Promise<string>((resolve) => {
        sent = () => resolve('sent');
      });
      // A provider of its own, so that nothing it read before can answer without a request.
      const fresh = context.make({
        maxRetries: 0,
        timeoutMs: inFlightTimeoutMs,
        onEvent: (event) => {
          context.events.push(event);
          if (event.type === 'request') sent();
        },
      });
      const { meetingId } = context.fixture.meetingWithPhoneParticipants;
      const controller = new AbortController();
      await context.scenario('slow', async () => {
        const call = fresh.listPhoneParticipants(meetingId, { signal: controller.signal });
        const settled = call.then(
          () => 'answered',
          () => 'failed',
        );
        expect(await Promise.race([requested, settled]), 'the call reached the server').toBe('sent');
        controller.abort();
        const error = await context.rejection(() => call);
        expect(AbortedError.isInstance(error), String(error)).toBe(true);
      });
    });
  });
}
