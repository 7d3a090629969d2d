import type { Page } from '@callroll/core';
import { describe, expect, it } from 'vitest';
import { PagedListing } from '../src/listing/paged-listing.js';

/** A listing of `total` numbers in pages of `size`, like Tencent's (page numbers as cursors). */
function numbered(total: number, size: number, options: { cursors?: boolean; failOn?: string } = {}) {
  const requests: Array<string | undefined> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = async (cursor: string | undefined): Promise<Page<number>> => {
    requests.push(cursor);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    if (cursor !== undefined && cursor === options.failOn) throw new Error(`page ${cursor} failed`);
    const page = cursor === undefined ? 1 : Number(cursor);
    const pages = Math.ceil(total / size);
    const items = Array.from(
      { length: Math.max(0, Math.min(size, total - (page - 1) * size)) },
      (_, i) => (page - 1) * size + i,
    );
    return {
      items,
      total,
      ...(page < pages ? { nextCursor: String(page + 1) } : {}),
      ...(page === 1 && options.cursors && pages > 1
        ? { pageCursors: Array.from({ length: pages - 1 }, (_, i) => String(i + 2)) }
        : {}),
    };
  };
  return { fetch, requests, maxInFlight: () => maxInFlight };
}

describe('PagedListing', () => {
  it('loads the first page alone, then known pages several at a time', async () => {
    const source = numbered(1_000, 100, { cursors: true });
    const listing = new PagedListing(source.fetch);
    await listing.loadFirst();
    expect(listing.items).toHaveLength(100);
    expect(listing.total).toBe(1_000);
    expect(listing.hasMore).toBe(true);
    expect(source.requests).toEqual([undefined]);

    await listing.loadMore({ pages: 5 });
    expect(listing.items).toHaveLength(600);
    expect(source.maxInFlight()).toBe(5);
    expect(listing.items).toEqual(Array.from({ length: 600 }, (_, i) => i));

    await listing.loadMore({ pages: 5 });
    expect(listing.items).toHaveLength(1_000);
    expect(listing.hasMore).toBe(false);
    await listing.loadMore({ pages: 5 });
    expect(source.requests).toHaveLength(10);
  });

  it('follows nextCursor one page at a time when the pages are not known up front', async () => {
    const source = numbered(250, 100);
    const listing = new PagedListing(source.fetch);
    await listing.loadFirst();
    await listing.loadMore({ pages: 5 });
    expect(listing.items).toHaveLength(200);
    expect(source.maxInFlight()).toBe(1);
    await listing.loadMore();
    expect(listing.items).toHaveLength(250);
    expect(listing.hasMore).toBe(false);
  });

  it('keeps loading a filtered listing until enough items came, within a request bound', async () => {
    const source = numbered(1_000, 20);
    const listing = new PagedListing(source.fetch, undefined, (item) => item % 10 === 0);
    await listing.loadFirst({ minItems: 20 });
    expect(listing.items).toHaveLength(20);
    expect(source.requests).toHaveLength(10);

    const sparse = numbered(1_000, 20);
    const bounded = new PagedListing(sparse.fetch, undefined, () => false);
    await bounded.loadFirst({ minItems: 20, maxRequests: 4 });
    expect(sparse.requests).toHaveLength(4);
    expect(bounded.hasMore).toBe(true);
  });

  it('drops items repeated at page boundaries when given a key', async () => {
    const pages: Record<string, Page<{ id: string }>> = {
      first: { items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'second' },
      second: { items: [{ id: 'b' }, { id: 'c' }] },
    };
    const listing = new PagedListing<{ id: string }>(
      async (cursor) => pages[cursor ?? 'first'] as Page<{ id: string }>,
      (item) => item.id,
    );
    await listing.loadFirst();
    await listing.loadMore();
    expect(listing.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('stops instead of looping when a provider repeats a cursor', async () => {
    let calls = 0;
    const listing = new PagedListing<number>(async (cursor) => {
      calls++;
      return { items: [calls], nextCursor: cursor === undefined ? 'again' : 'again' };
    });
    await listing.loadFirst();
    await listing.loadMore();
    expect(listing.hasMore).toBe(false);
    await listing.loadMore();
    expect(calls).toBe(2);
  });

  it('changes nothing when a load fails, so that it can be retried', async () => {
    const source = numbered(500, 100, { cursors: true, failOn: '4' });
    const listing = new PagedListing(source.fetch);
    await listing.loadFirst();
    await expect(listing.loadMore({ pages: 5 })).rejects.toThrow('page 4 failed');
    expect(listing.items).toHaveLength(100);
    expect(listing.hasMore).toBe(true);
  });

  it('reloads as many pages as were shown, replacing the items at once', async () => {
    let generation = 0;
    const listing = new PagedListing<string>(async (cursor) => {
      const page = cursor === undefined ? 1 : Number(cursor);
      return {
        items: [`${generation}:${page}`],
        ...(page === 1 ? { pageCursors: ['2', '3', '4'] } : {}),
        total: 4,
      };
    });
    await listing.loadFirst();
    await listing.loadMore({ pages: 2 });
    expect(listing.items).toEqual(['0:1', '0:2', '0:3']);
    generation = 1;
    await listing.reload();
    expect(listing.items).toEqual(['1:1', '1:2', '1:3']);
    expect(listing.hasMore).toBe(true);
  });
});
