import {
  collect,
  InvalidResponseError,
  type Participant,
  type PhoneParticipant,
  streamParticipants,
  streamPhoneParticipants,
} from '@callroll/core';
import {
  calloutRow,
  drain,
  type HostileServer,
  hostileSession,
  ids,
  participantRow,
  type ReceivedRequest,
  type Reply,
  rejection,
} from '@callroll/test-support';
import { describe, expect, it } from 'vitest';
import { tencentAt } from './support/tencent-hostile.js';

// Issue 3, hostile totals: a Tencent-shaped server on loopback whose listing totals are
// impossible, huge, or whose pages repeat rows. Every listing must end (an InvalidResponseError
// naming the field, or the end of the rows) after a bounded number of requests.

const meetingId = '1234567890123';
const calloutPath = `/v1/meeting/${meetingId}/phone/callout`;
const participantsPath = `/v1/meetings/${meetingId}/participants`;

/** Requests the server answers before it refuses every further one. */
const requestCap = 60;

const session = hostileSession();

/** A server answering the callout list with `page(n)` and the participant list with `participants(pos)`. */
function serve(routes: {
  callouts?: (page: number, request: ReceivedRequest) => Reply;
  participants?: (pos: number, request: ReceivedRequest) => Reply;
}): Promise<HostileServer> {
  return session.serve((request, index) => {
    // A safety net: a regression that walks the claimed pages ends here, fast, in a ProviderError.
    if (index >= requestCap)
      return { status: 400, body: { error_info: { error_code: 4_040_404, message: 'gave up' } } };
    if (request.path === calloutPath && routes.callouts)
      return routes.callouts(Number(request.query.get('page')), request);
    if (request.path === participantsPath && routes.participants)
      return routes.participants(Number(request.query.get('pos')), request);
    return { status: 404, body: { error_info: { error_code: 9003, message: 'no such route' } } };
  });
}

function provider(at: HostileServer) {
  return session.closing(tencentAt(at, [], { maxRetries: 0 }));
}

const calloutPage = (rows: readonly string[], totals: { total_count: number; total_page: number }) => ({
  body: { meeting_id: meetingId, phone_numbers: rows.map((id) => calloutRow(id)), ...totals },
});

function expectInvalid(error: unknown, field: string): InvalidResponseError {
  expect(InvalidResponseError.isInstance(error)).toBe(true);
  const invalid = error as InvalidResponseError;
  expect(invalid.field).toBe(field);
  expect(invalid.provider).toBe('tencent');
  return invalid;
}

/** An impossible total: the error names the field in its message too, for the user. */
function expectImpossible(error: unknown, field: string): InvalidResponseError {
  const invalid = expectInvalid(error, field);
  expect(invalid.message).toContain(`impossible ${field}`);
  return invalid;
}

describe('impossible totals end in an InvalidResponseError naming the field, after one request', () => {
  it.each([1_000_000_000, 10_000_000])(
    'callouts: total_page %i against a total_count of 10,000 is refused as total_page',
    async (totalPage) => {
      const at = await serve({
        callouts: (page) =>
          calloutPage(ids(`p${page}-`, 0, 100), { total_count: 10_000, total_page: totalPage }),
      });
      const error = await rejection(collect(streamPhoneParticipants(provider(at), meetingId)));
      const invalid = expectImpossible(error, 'total_page');
      expect(invalid.message).toContain(String(totalPage));
      // Refused on the first page: no cursor of the claimed pages was ever asked for.
      expect(at.requests).toHaveLength(1);
      expect(at.requests[0]?.query.get('page')).toBe('1');
    },
  );

  it('callouts: the provider call itself refuses the page (no Page with cursors is ever returned)', async () => {
    const at = await serve({
      callouts: () => calloutPage([], { total_count: 10_000, total_page: 1_000_000_000 }),
    });
    expectImpossible(await rejection(provider(at).listPhoneParticipants(meetingId)), 'total_page');
    expect(at.requests).toHaveLength(1);
  });

  it('participants: a total_count of 60,000, beyond the 50,000 Tencent documents, is refused as total_count', async () => {
    const at = await serve({
      participants: (pos) => ({
        body: {
          meeting_id: meetingId,
          total_count: 60_000,
          has_remaining: true,
          next_pos: pos + 100,
          participants: ids('u', pos, 100).map((id) => participantRow(id)),
        },
      }),
    });
    const error = await rejection(collect(streamParticipants(provider(at), meetingId)));
    const invalid = expectImpossible(error, 'total_count');
    expect(invalid.message).toContain('60000');
    expect(invalid.message).toContain('50000');
    expect(at.requests).toHaveLength(1);
  });

  it('participants: exactly the documented 50,000 is read, and an early empty page ends the listing', async () => {
    const at = await serve({
      participants: (pos) => ({
        body: {
          meeting_id: meetingId,
          total_count: 50_000,
          has_remaining: pos === 0,
          next_pos: pos + 100,
          participants: pos === 0 ? ids('u', 0, 100).map((id) => participantRow(id)) : [],
        },
      }),
    });
    const read = await collect(streamParticipants(provider(at), meetingId));
    expect(read).toHaveLength(100);
    // The first page, then at most one window (concurrency 4) of the 499 cursors it names.
    expect(at.requests.length).toBeLessThanOrEqual(1 + 4);
  });
});

describe('consistent but huge totals over pages that repeat the same rows', () => {
  it('callouts: total_count 10^9, total_page 10^7, the same 100 rows on every page: given up after a handful of requests', async () => {
    const sameRows = ids('same-', 0, 100);
    const at = await serve({
      callouts: () => {
        return calloutPage(sameRows, { total_count: 1_000_000_000, total_page: 10_000_000 });
      },
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const { items, error } = await drain(streamPhoneParticipants(provider(at), meetingId));
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    expectInvalid(error, 'items');
    expect((error as InvalidResponseError).message).toMatch(/pages in a row/);
    // The first page's rows, once; none of the repeats.
    expect(items.map((item) => item.participantId)).toEqual(sameRows);
    expect(at.requests.length).toBeLessThan(20);
    // No array of ten million cursors (hundreds of MB): what is left is a few pages' worth.
    expect(heapGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  it('participants: 50,000 claimed and the same 100 rows on every page: given up after a handful of requests', async () => {
    const sameRows = ids('same-', 0, 100);
    const at = await serve({
      participants: (pos) => {
        return {
          body: {
            meeting_id: meetingId,
            total_count: 50_000,
            has_remaining: true,
            next_pos: pos + 100,
            participants: sameRows.map((id) => participantRow(id)),
          },
        };
      },
    });
    const { items, error } = await drain(streamParticipants(provider(at), meetingId));
    expectInvalid(error, 'items');
    expect(items.map((item) => item.participantId)).toEqual(sameRows);
    expect(at.requests.length).toBeLessThan(20);
  });
});

describe('a page that repeats rows of an earlier one', () => {
  it('callouts: rows of page 1 sent again on page 2 (same ms_open_id) are written once', async () => {
    const at = await serve({
      callouts: (page) =>
        calloutPage(page === 1 ? ids('m', 0, 100) : ids('m', 50, 100), { total_count: 150, total_page: 2 }),
    });
    const read: PhoneParticipant[] = await collect(streamPhoneParticipants(provider(at), meetingId));
    const seen = read.map((item) => item.participantId);
    expect(seen).toEqual(ids('m', 0, 150));
    expect(new Set(read.map((item) => JSON.stringify(item.raw))).size).toBe(read.length);
    expect(at.requests).toHaveLength(2);
  });

  it('participants: rows of the first page sent again on the next (same ms_open_id, same join) are written once', async () => {
    const at = await serve({
      participants: (pos) => ({
        body: {
          meeting_id: meetingId,
          total_count: 150,
          has_remaining: pos === 0,
          next_pos: pos + 100,
          participants: (pos === 0 ? ids('u', 0, 100) : ids('u', 50, 100)).map((id) => participantRow(id)),
        },
      }),
    });
    const read: Participant[] = await collect(streamParticipants(provider(at), meetingId));
    expect(read.map((item) => item.participantId)).toEqual(ids('u', 0, 150));
    expect(at.requests).toHaveLength(2);
  });

  it('participants: someone who left and joined again (same ms_open_id, a later join) keeps both records', async () => {
    const at = await serve({
      participants: () => ({
        body: {
          meeting_id: meetingId,
          total_count: 3,
          has_remaining: false,
          participants: [
            participantRow('u1', 1_767_225_600),
            participantRow('u2', 1_767_225_600),
            participantRow('u1', 1_767_229_200),
          ],
        },
      }),
    });
    const read = await collect(streamParticipants(provider(at), meetingId));
    expect(read.map((item) => [item.participantId, item.joinedAt.getTime() / 1000])).toEqual([
      ['u1', 1_767_225_600],
      ['u2', 1_767_225_600],
      ['u1', 1_767_229_200],
    ]);
  });
});
