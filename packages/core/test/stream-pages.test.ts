import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbortedError } from '../src/errors/aborted-error.js';
import { InvalidResponseError } from '../src/errors/invalid-response-error.js';
import { collect, type PageFetcher, streamItems, streamPages } from '../src/pagination/stream-pages.js';
import { phoneParticipantPages } from '../src/pagination/stream-provider-listings.js';
import type { Page } from '../src/provider/page.js';
import type { RateBudget } from '../src/provider/provider-capabilities.js';
import type { ProviderV1 } from '../src/provider/provider-v1.js';
import { referenceCapabilities } from '../src/reference/reference-capabilities.js';

interface SourceOptions {
  total: number;
  pageSize: number;
  /** Whether the first page lists the cursors of the rest (random access). */
  randomAccess: boolean;
  /** Whether pages report the total. */
  reportsTotal: boolean;
  /** Delay of each page, in ticks; decides the order in which concurrent pages arrive. */
  delays: number[];
}

function source(options: SourceOptions) {
  const items = Array.from({ length: options.total }, (_, index) => index);
  const pages = Math.max(1, Math.ceil(options.total / options.pageSize));
  let inFlight = 0;
  let maxInFlight = 0;
  const requested: number[] = [];
  const fetchPage: PageFetcher<number> = async ({ cursor, signal }) => {
    const page = cursor === undefined ? 1 : Number(cursor);
    requested.push(page);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      for (let tick = 0; tick < (options.delays[page % options.delays.length] ?? 0); tick++) {
        await new Promise((resolve) => setImmediate(resolve));
        if (signal.aborted) throw new AbortedError();
      }
      const result: Page<number> = {
        items: items.slice((page - 1) * options.pageSize, page * options.pageSize),
      };
      if (page < pages) result.nextCursor = String(page + 1);
      if (options.reportsTotal) result.total = options.total;
      if (page === 1 && options.randomAccess && pages > 1) {
        result.pageCursors = Array.from({ length: pages - 1 }, (_, index) => String(index + 2));
      }
      return result;
    } finally {
      inFlight--;
    }
  };
  return { items, fetchPage, requested, maxInFlight: () => maxInFlight };
}

const sourceOptions = fc.record({
  total: fc.integer({ min: 0, max: 400 }),
  pageSize: fc.integer({ min: 1, max: 50 }),
  randomAccess: fc.boolean(),
  reportsTotal: fc.boolean(),
  delays: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 }),
});

describe('streamItems', () => {
  it('yields exactly the source, in order, for any page size, total, concurrency and arrival order', async () => {
    await fc.assert(
      fc.asyncProperty(sourceOptions, fc.integer({ min: 1, max: 8 }), async (options, concurrency) => {
        const { items, fetchPage, requested, maxInFlight } = source(options);
        expect(await collect(streamItems(fetchPage, { concurrency }))).toEqual(items);
        // Each page fetched once: no duplicates, no gaps.
        expect([...requested].sort((a, b) => a - b)).toEqual(
          Array.from(
            { length: Math.max(1, Math.ceil(options.total / options.pageSize)) },
            (_, index) => index + 1,
          ),
        );
        expect(maxInFlight()).toBeLessThanOrEqual(options.randomAccess ? concurrency : 1);
      }),
      { numRuns: 150 },
    );
  });

  it('fetches pages concurrently when the first page lists their cursors', async () => {
    const { fetchPage, maxInFlight } = source({
      total: 1000,
      pageSize: 10,
      randomAccess: true,
      reportsTotal: true,
      delays: [3],
    });
    await collect(streamItems(fetchPage, { concurrency: 6 }));
    expect(maxInFlight()).toBe(6);
  });

  it('follows nextCursor past the listed pages when the listing grew meanwhile', async () => {
    const pages: Record<string, Page<string>> = {
      first: { items: ['a'], nextCursor: '2', pageCursors: ['2'] },
      '2': { items: ['b'], nextCursor: '3' },
      '3': { items: ['c'] },
    };
    const items = await collect(streamItems(async ({ cursor }) => pages[cursor ?? 'first'] as Page<string>));
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('stops with InvalidResponseError on a cursor loop instead of running forever', async () => {
    const fetchPage: PageFetcher<number> = async ({ cursor }) => ({
      items: [Number(cursor ?? 0)],
      nextCursor: 'same',
    });
    await expect(collect(streamItems(fetchPage))).rejects.toSatisfy((error) =>
      InvalidResponseError.isInstance(error),
    );
  });

  it('stops on abort, for any point of abort, and cancels what is in flight', async () => {
    await fc.assert(
      fc.asyncProperty(sourceOptions, fc.nat({ max: 50 }), async (options, abortAfter) => {
        const { fetchPage } = source({ ...options, total: Math.max(options.total, 1) });
        const controller = new AbortController();
        let seen = 0;
        let error: unknown;
        try {
          for await (const _ of streamItems(fetchPage, { signal: controller.signal, concurrency: 3 })) {
            if (seen++ === abortAfter) controller.abort();
          }
        } catch (caught) {
          error = caught;
        }
        if (seen > abortAfter) {
          expect(AbortedError.isInstance(error)).toBe(true);
          expect(seen).toBe(abortAfter + 1);
        } else expect(error).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('aborts even when the fetcher ignores its signal', async () => {
    const controller = new AbortController();
    const never: PageFetcher<number> = () => new Promise(() => undefined);
    const pending = collect(streamItems(never, { signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toSatisfy((error) => AbortedError.isInstance(error));
  });

  it('signals the fetches in flight when the consumer stops early', async () => {
    const signals: AbortSignal[] = [];
    const fetchPage: PageFetcher<number> = async ({ cursor, signal }) => {
      signals.push(signal);
      const page = Number(cursor ?? 1);
      return { items: [page], ...(page === 1 ? { pageCursors: ['2', '3', '4'] } : {}) };
    };
    for await (const page of streamPages(fetchPage, { concurrency: 2 })) {
      if (page[0] === 2) break;
    }
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });

  it('refuses an already aborted signal without fetching', async () => {
    const { fetchPage, requested } = source({
      total: 5,
      pageSize: 1,
      randomAccess: false,
      reportsTotal: false,
      delays: [0],
    });
    await expect(collect(streamItems(fetchPage, { signal: AbortSignal.abort() }))).rejects.toSatisfy(
      (error) => AbortedError.isInstance(error),
    );
    expect(requested).toEqual([]);
  });
});

describe('provider listings', () => {
  /** A provider whose phone participants are `source`'s numbers, 50 pages of 10. */
  function providerWith(rateBudget: RateBudget | undefined) {
    const pages = source({ total: 500, pageSize: 10, randomAccess: true, reportsTotal: true, delays: [2] });
    const provider = {
      id: 'reference',
      capabilities: { ...referenceCapabilities, rateBudget },
      listPhoneParticipants: async (
        _meetingId: string,
        request: { cursor?: string; signal?: AbortSignal },
      ) => {
        const page = await pages.fetchPage({
          cursor: request.cursor,
          signal: request.signal ?? new AbortController().signal,
        });
        return { ...page, items: page.items.map((n) => ({ participantId: String(n) })) };
      },
    } as unknown as ProviderV1;
    return { provider, maxInFlight: pages.maxInFlight };
  }

  it('read as many pages ahead as the account sends at once, within its rate', async () => {
    for (const [budget, expected] of [
      [undefined, 4],
      [{ requests: 300, windowMs: 60_000, concurrency: 8 }, 8],
      [{ requests: 2, windowMs: 60_000, concurrency: 8 }, 2],
      [{ requests: 300, windowMs: 60_000 }, 4],
    ] as const) {
      const { provider, maxInFlight } = providerWith(budget);
      let rows = 0;
      for await (const page of phoneParticipantPages(provider, 'm')) rows += page.length;
      expect(rows).toBe(500);
      expect(maxInFlight(), JSON.stringify(budget)).toBe(expected);
    }
  });
});
