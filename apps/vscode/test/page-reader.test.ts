import { InvalidResponseError, type Page, streamPages } from '@callroll/core';
import { describe, expect, it } from 'vitest';
import { PageReader, type PageSource } from '../src/listing/page-reader.js';

/** A listing of `total` numbers in pages of `size`, like Tencent's (page numbers as cursors). */
function numbered(total: number, size: number, options: { cursors?: boolean; failOn?: string[] } = {}) {
  const requests: Array<string | undefined> = [];
  const failOn = new Set(options.failOn ?? []);
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = async ({ cursor }: { cursor?: string | undefined }): Promise<Page<number>> => {
    requests.push(cursor);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    if (cursor !== undefined && failOn.delete(cursor)) throw new Error(`page ${cursor} failed`);
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
  // The core's engine, as the tree uses it: five pages in flight where their cursors are known.
  const source: PageSource<number> = ({ signal, onPage }) =>
    streamPages(
      async (request) => {
        const page = await fetch(request);
        onPage(page);
        return page;
      },
      { signal, concurrency: 5, itemKey: String },
    );
  return { source, requests, maxInFlight: () => maxInFlight };
}

describe('PageReader over the core engine', () => {
  it('reads the first page alone, then known pages several at a time', async () => {
    const listing = numbered(1_000, 100, { cursors: true });
    const reader = new PageReader(listing.source);
    await reader.pull();
    expect(reader.items).toHaveLength(100);
    expect(reader.total).toBe(1_000);
    expect(reader.hasMore).toBe(true);
    expect(listing.requests).toEqual([undefined]);

    await reader.pull({ pages: 5 });
    expect(reader.items).toEqual(Array.from({ length: 600 }, (_, i) => i));
    expect(listing.maxInFlight()).toBe(5);

    await reader.pull({ pages: 5 });
    expect(reader.items).toHaveLength(1_000);
    await reader.pull({ pages: 5 });
    expect(reader.hasMore).toBe(false);
    // Never a page twice, and never past the end.
    expect(listing.requests).toHaveLength(10);
  });

  it('follows nextCursor one page at a time when the pages are not known up front', async () => {
    const listing = numbered(250, 100);
    const reader = new PageReader(listing.source);
    await reader.pull({ pages: 2 });
    expect(reader.items).toHaveLength(200);
    expect(listing.maxInFlight()).toBe(1);
    await reader.pull({ pages: 5 });
    expect(reader.items).toHaveLength(250);
    expect(reader.hasMore).toBe(false);
  });

  it('stops a pull early once it has enough, and keeps only the rows it accepts', async () => {
    const listing = numbered(1_000, 20);
    const reader = new PageReader(listing.source, (item) => item % 10 === 0);
    await reader.pull({ pages: 50, enough: () => reader.items.length >= 20 });
    expect(reader.items).toHaveLength(20);
    expect(listing.requests).toHaveLength(10);
    // Enough already: no request at all.
    await reader.pull({ pages: 50, enough: () => reader.items.length >= 20 });
    expect(listing.requests).toHaveLength(10);
  });

  it('drops rows a provider repeats, as the core does', async () => {
    const pages: Record<string, Page<{ id: string }>> = {
      first: { items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'second' },
      second: { items: [{ id: 'b' }, { id: 'c' }] },
    };
    const reader = new PageReader<{ id: string }>(({ signal }) =>
      streamPages(async ({ cursor }) => pages[cursor ?? 'first'] as Page<{ id: string }>, {
        signal,
        itemKey: (item) => item.id,
      }),
    );
    await reader.pull({ pages: 5 });
    expect(reader.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('fails, as the CLI does, when a provider repeats a cursor', async () => {
    let calls = 0;
    const reader = new PageReader<number>(({ signal }) =>
      streamPages(
        async () => {
          calls++;
          return { items: [calls], nextCursor: 'again' };
        },
        { signal },
      ),
    );
    await reader.pull();
    const failure = await reader.pull({ pages: 5 }).catch((error: unknown) => error);
    expect(InvalidResponseError.isInstance(failure)).toBe(true);
    expect((failure as Error).message).toMatch(/cursor it had returned before/);
    expect(reader.items).toEqual([1, 2]);
  });

  it('keeps the rows of a failed pull, and the next pull reads back to them and goes on', async () => {
    const listing = numbered(500, 100, { cursors: true, failOn: ['4'] });
    const reader = new PageReader(listing.source);
    await reader.pull();
    await expect(reader.pull({ pages: 5 })).rejects.toThrow('page 4 failed');
    expect(reader.items).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(reader.hasMore).toBe(true);
    const generation = reader.generation;
    await reader.pull({ pages: 5 });
    expect(reader.items).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(reader.hasMore).toBe(false);
    // The rows were read afresh: rows drawn for the old ones are made again.
    expect(reader.generation).toBeGreaterThan(generation);
  });

  it('reloads as many pages as were read, replacing the rows at once', async () => {
    let generation = 0;
    const reader = new PageReader<string>(({ signal, onPage }) =>
      streamPages(
        async ({ cursor }) => {
          const page = cursor === undefined ? 1 : Number(cursor);
          const result = {
            items: [`${generation}:${page}`],
            ...(page === 1 ? { pageCursors: ['2', '3', '4'] } : {}),
            total: 4,
          };
          onPage(result);
          return result;
        },
        { signal, concurrency: 2 },
      ),
    );
    await reader.pull({ pages: 3 });
    expect(reader.items).toEqual(['0:1', '0:2', '0:3']);
    generation = 1;
    await reader.reload();
    expect(reader.items).toEqual(['1:1', '1:2', '1:3']);
    expect(reader.hasMore).toBe(true);
    await reader.pull();
    expect(reader.items).toEqual(['1:1', '1:2', '1:3', '1:4']);
  });

  it('stops its requests when closed', async () => {
    const listing = numbered(1_000, 100, { cursors: true });
    const reader = new PageReader(listing.source);
    await reader.pull();
    reader.close();
    await reader.pull({ pages: 5 });
    expect(listing.requests).toEqual([undefined]);
  });
});

describe('PageReader.replace', () => {
  it('takes every row from a live round: complete, a new generation, no more requests', async () => {
    const listing = numbered(250, 100);
    const reader = new PageReader(listing.source);
    await reader.pull();
    const generation = reader.generation;
    await reader.replace([7, 8, 9], 3);
    expect(reader.items).toEqual([7, 8, 9]);
    expect(reader.total).toBe(3);
    expect(reader.hasMore).toBe(false);
    expect(reader.generation).toBe(generation + 1);
    const requests = listing.requests.length;
    await reader.pull({ pages: 5 });
    expect(listing.requests.length).toBe(requests);
  });
});
