import {
  calloutRow,
  type HostileServer,
  hostileSession,
  ids,
  type ReceivedRequest,
  type Reply,
} from '@callroll/test-support';
import { describe, expect, it } from 'vitest';
import { phonesAgainst } from './support/hostile-tencent-run.js';
import type { RunResult } from './support/run-callroll.js';

// Issue 3 end to end: the built callroll against a Tencent-shaped server whose callout list has
// impossible or huge totals, or repeats its rows. The CLI pages through `streamPages` itself
// (apps/cli/src/run/listing-pages.ts), so the engine's defaults are checked here too.

const meetingId = '1234567890123';

const session = hostileSession();

/** A safety net: past this many requests the server refuses, so that a regression ends fast. */
const requestCap = 40;

function phones(
  page: (page: number, request: ReceivedRequest) => Reply,
): Promise<{ result: RunResult; at: HostileServer }> {
  return phonesAgainst(
    session,
    (request, index) =>
      index >= requestCap
        ? { status: 400, body: { error_info: { error_code: 4_040_404, message: 'the test server gave up' } } }
        : page(Number(request.query.get('page')), request),
    meetingId,
  );
}

const calloutPage = (
  rows: readonly string[],
  totals: { total_count: number; total_page: number },
): Reply => ({
  body: { meeting_id: meetingId, phone_numbers: rows.map((id) => calloutRow(id)), ...totals },
});

const rowsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { participantId?: string; raw?: unknown });

describe('callroll phones against hostile totals', () => {
  it('total_page 1,000,000,000 against a total_count of 10,000: exit 9 naming total_page, one request', async () => {
    const { result, at } = await phones(() =>
      calloutPage(ids('m', 0, 100), { total_count: 10_000, total_page: 1_000_000_000 }),
    );
    expect(result.code).toBe(9);
    expect(result.stderr).toContain('(at total_page)');
    expect(result.stdout).toBe('');
    expect(at.requests).toHaveLength(1);
  });

  it('rows of page 1 sent again on page 2 (same ms_open_id) are written once', async () => {
    const { result, at } = await phones((page) =>
      calloutPage(page === 1 ? ids('m', 0, 100) : ids('m', 50, 100), { total_count: 150, total_page: 2 }),
    );
    expect(result.code).toBe(0);
    expect(at.requests).toHaveLength(2);
    expect(rowsOf(result.stdout).length).toBe(150);
  });

  it('10^7 pages all repeating the same 100 rows: exit 9 naming the repeated rows after a handful of requests', async () => {
    const same = ids('same-', 0, 100);
    const { result, at } = await phones(() =>
      calloutPage(same, { total_count: 1_000_000_000, total_page: 10_000_000 }),
    );
    expect(result.code).toBe(9);
    expect(result.stderr).toContain('(at items)');
    expect(at.requests.length).toBeLessThan(20);
    expect(rowsOf(result.stdout).length).toBe(100);
  });
});
