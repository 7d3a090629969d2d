import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../src/errors/invalid-response-error.js';
import { collect, streamItems } from '../src/pagination/stream-pages.js';
import type { Page } from '../src/provider/page.js';
import { checkListingTotals, numberedPage, offsetPage } from '../src/provider/page-cursors.js';

// What a server's numbers may and may not make the engine do.
describe('streamPages against hostile listings', () => {
  it('takes cursors from a claimed billion pages one at a time, and stops at the first empty page', async () => {
    const requested: string[] = [];
    const fetchPage = async ({ cursor }: { cursor?: string | undefined }): Promise<Page<number>> => {
      requested.push(cursor ?? '1');
      const page = cursor === undefined ? 1 : Number(cursor);
      // Three real pages; the server claims 10^9.
      return numberedPage(page <= 3 ? [page * 10, page * 10 + 1] : [], { page, totalPages: 1_000_000_000 });
    };
    const items = await collect(streamItems(fetchPage, { concurrency: 4 }));
    expect(items).toEqual([10, 11, 20, 21, 30, 31]);
    // Page 4 was empty; at most the window's worth was asked for beyond it, and no nextCursor was followed.
    expect(requested.length).toBeLessThanOrEqual(3 + 4);
  });

  it('leaves out rows it has seen before, by their key', async () => {
    const pages: Record<string, string[]> = { first: ['a', 'b', 'c'], '2': ['c', 'd'], '3': ['a', 'e'] };
    const fetchPage = async ({ cursor }: { cursor?: string | undefined }): Promise<Page<string>> => {
      const key = cursor ?? 'first';
      return { items: pages[key] ?? [], ...(key === 'first' ? { pageCursors: ['2', '3'] } : {}) };
    };
    expect(await collect(streamItems(fetchPage, { itemKey: (item) => item }))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('gives up, naming the items, on pages that only repeat what it has seen', async () => {
    let requests = 0;
    const fetchPage = async ({ cursor }: { cursor?: string | undefined }): Promise<Page<string>> => {
      requests++;
      const page = cursor === undefined ? 1 : Number(cursor);
      return numberedPage(['x', 'y'], { page, totalPages: 10_000_000 });
    };
    const error = await collect(streamItems(fetchPage, { itemKey: (item) => item, concurrency: 2 })).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(InvalidResponseError.isInstance(error) && error.field).toBe('items');
    expect(requests).toBeLessThan(10);
  });
});

describe('checkListingTotals', () => {
  it('refuses a page count its row count contradicts, naming the field', () => {
    const check = () =>
      checkListingTotals({
        provider: 'tencent',
        total: 10_000,
        totalField: 'total_count',
        totalPages: 1_000_000_000,
        totalPagesField: 'total_page',
        pageSize: 100,
      });
    expect(check).toThrow(InvalidResponseError);
    try {
      check();
    } catch (error) {
      expect((error as InvalidResponseError).field).toBe('total_page');
    }
  });

  it('accepts a page or so of slack, and counts pages by the rows a full page holds', () => {
    const base = { provider: 'p', total: 1000, totalField: 'total', totalPagesField: 'pages', pageSize: 100 };
    expect(() => checkListingTotals({ ...base, totalPages: 11 })).not.toThrow();
    expect(() => checkListingTotals({ ...base, totalPages: 12 })).toThrow(InvalidResponseError);
    expect(() => checkListingTotals({ ...base, totalPages: 50, rowsOnFullPage: 20 })).not.toThrow();
  });

  it('refuses a total beyond what the provider documents', () => {
    expect(() =>
      checkListingTotals({
        provider: 'p',
        total: 60_000,
        totalField: 'total_count',
        pageSize: 100,
        documentedMax: 50_000,
      }),
    ).toThrow(/total_count: 60000 is more than the 50000 the provider documents/);
  });
});

describe('lazy page cursors', () => {
  it('are made on demand, never as an array of the claimed total', () => {
    const page = numberedPage([], { page: 1, totalPages: Number.MAX_SAFE_INTEGER });
    expect(Array.isArray(page.pageCursors)).toBe(false);
    const iterator = (page.pageCursors as Iterable<string>)[Symbol.iterator]();
    expect([iterator.next().value, iterator.next().value]).toEqual(['2', '3']);
    const offsets = offsetPage([], { offset: 0, pageSize: 100, total: 250 });
    expect([...(offsets.pageCursors ?? [])]).toEqual(['100', '200']);
  });
});
