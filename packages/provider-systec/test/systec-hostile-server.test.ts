import {
  collect,
  InvalidResponseError,
  type Meeting,
  streamMeetings,
  streamPhoneParticipants,
} from '@callroll/core';
import {
  drain,
  type HostileServer,
  hostileSession,
  ids,
  type ReceivedRequest,
  type Reply,
  rejection,
} from '@callroll/test-support';
import { describe, expect, it } from 'vitest';
import { beijingRange, envelope, meetingRow, systecAt } from './support/systec-hostile.js';

// Issue 3, hostile totals, against a Systec-shaped server on loopback (form POSTs to
// share/detail and share/reports): totals that contradict the page end in an InvalidResponseError
// naming the field; totals that are merely huge never size a loop: the listing ends at the rows.

const range = beijingRange('2026-01-05', '2026-01-20');

/** Requests the server answers before it refuses every further one. */
const requestCap = 60;

const session = hostileSession();

function serve(routes: {
  detail?: (page: number, request: ReceivedRequest) => Reply;
  reports?: (request: ReceivedRequest) => Reply;
}): Promise<HostileServer> {
  return session.serve((request, index) => {
    // A safety net: a regression that walks the claimed pages ends here, fast, in a ProviderError.
    if (index >= requestCap) return { body: { status: 400, message: 'the test server gave up' } };
    if (request.path === '/umeeting/share/detail' && routes.detail)
      return routes.detail(Number(request.form.get('page_number')), request);
    if (request.path === '/umeeting/share/reports' && routes.reports) return routes.reports(request);
    return { body: { status: 404, message: 'no such call' } };
  });
}

function provider(at: HostileServer) {
  return session.closing(systecAt(at, [], { maxRetries: 0 }));
}

const detailPage = (uuids: readonly string[], totals: Record<string, unknown>) =>
  envelope({
    from: '2026-01-05',
    to: '2026-01-20',
    meetings: uuids.map((uuid) => meetingRow(uuid)),
    ...totals,
  });

describe('share/detail: impossible totals', () => {
  it.each([1_000_000_000, 10_000_000])(
    'data.total_page %i against a total_record of 50 is refused as data.total_page, after one request',
    async (totalPage) => {
      const at = await serve({
        detail: (page) => detailPage(ids(`p${page}-`, 0, 30), { total_record: 50, total_page: totalPage }),
      });
      const error = await rejection(collect(streamMeetings(provider(at), range)));
      expect(InvalidResponseError.isInstance(error)).toBe(true);
      const invalid = error as InvalidResponseError;
      expect(invalid.field).toBe('data.total_page');
      expect(invalid.message).toContain('impossible data.total_page');
      expect(invalid.message).toContain(String(totalPage));
      expect(at.requests).toHaveLength(1);
      expect(at.requests[0]?.form.get('page_number')).toBe('1');
    },
  );

  it('the same numbers as text ("1000000000") are refused the same way', async () => {
    const at = await serve({
      detail: () => detailPage(ids('m', 0, 30), { total_record: '50', total_page: '1000000000' }),
    });
    const error = await rejection(provider(at).listMeetings(range));
    expect((error as InvalidResponseError).field).toBe('data.total_page');
    expect(at.requests).toHaveLength(1);
  });
});

describe('share/detail: consistent but huge totals', () => {
  it('10^9 records in 10^7 pages, then empty pages: the listing ends after the first empty one, in a few requests', async () => {
    const at = await serve({
      detail: (page) => {
        return detailPage(page === 1 ? ids('m', 0, 100) : [], {
          total_record: 1_000_000_000,
          total_page: 10_000_000,
        });
      },
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const meetings = await collect(streamMeetings(provider(at), range));
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    expect(meetings).toHaveLength(100);
    // The first page, then at most one window of the claimed pages (concurrency 4).
    expect(at.requests.length).toBeLessThanOrEqual(1 + 4);
    expect(heapGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  it('10^7 pages that all repeat the same 100 meetings: given up with an InvalidResponseError after a handful', async () => {
    const same = ids('same-', 0, 100);
    const at = await serve({
      detail: () => {
        return detailPage(same, { total_record: 1_000_000_000, total_page: 10_000_000 });
      },
    });
    const { items, error } = await drain(streamMeetings(provider(at), range));
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect((error as InvalidResponseError).field).toBe('items');
    expect(items).toHaveLength(100);
    expect(at.requests.length).toBeLessThan(20);
  });

  it('meetings of page 1 sent again on page 2 are listed once', async () => {
    const at = await serve({
      detail: (page) =>
        detailPage(page === 1 ? ids('m', 0, 100) : ids('m', 60, 60), { total_record: 160, total_page: 2 }),
    });
    const meetings: Meeting[] = await collect(streamMeetings(provider(at), range));
    expect(meetings.map((meeting) => meeting.id)).toEqual(
      ids('m', 0, 120).map((uuid) => `8800112233:${uuid}`),
    );
    expect(at.requests).toHaveLength(2);
  });
});

describe('share/reports: its totals never size a loop', () => {
  it('a report claiming 10^9 pages is read in one request, its rows paged in memory', async () => {
    const telephony = Array.from({ length: 2500 }, (_, index) => ({
      phone_number: `+86138${String(index).padStart(8, '0')}`,
      type: 'call-out',
      start_time: '2026-1-10 10:00:00',
      end_time: '2026-1-10 10:30:00',
      duration: 30,
      total: '0.12',
    }));
    const at = await serve({
      reports: () =>
        envelope({
          total_record: 1_000_000_000,
          total_page: 1_000_000_000,
          page_size: 1,
          meetings: [meetingRow('u-1', { telephony_usage: telephony })],
        }),
    });
    const calls = await collect(streamPhoneParticipants(provider(at), '8800112233'));
    expect(calls).toHaveLength(2500);
    expect(at.requests).toHaveLength(1);
    expect(at.requests[0]?.path).toBe('/umeeting/share/reports');
  });
});
