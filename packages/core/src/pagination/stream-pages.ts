import { setMaxListeners } from 'node:events';
import { AbortedError } from '../errors/aborted-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { throwIfAborted } from '../errors/throw-if-aborted.js';
import { untilAborted } from '../errors/until-aborted.js';
import type { ProviderId } from '../model/provider-id.js';
import type { Page } from '../provider/page.js';

/** Fetches one page of a listing; `cursor` is absent for the first page. */
export type PageFetcher<T> = (request: {
  cursor?: string | undefined;
  signal: AbortSignal;
}) => Promise<Page<T>>;

export interface StreamPagesOptions<T = unknown> {
  /**
   * Pages in flight at once when the first page lists the cursors of the rest (default 4; the
   * provider listings default to what its `capabilities.rateBudget` lets through at once). It
   * also bounds memory: at most this many pages wait to be read.
   */
  concurrency?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Named in errors. */
  provider?: ProviderId | undefined;
  /**
   * An item's identity (a participant id): an item seen on an earlier page is left out, so a
   * server that repeats rows never has them written twice. Items without a key are all kept.
   */
  itemKey?: ((item: T) => string | undefined) | undefined;
}

/** Pages in a row that repeat only rows already seen before the listing is given up on. */
const maxRepeatedPages = 3;

/** Keeps the items not seen before; counts pages that brought nothing new. */
class RepeatFilter<T> {
  private readonly seen = new Set<string>();
  private repeatedPages = 0;

  constructor(
    private readonly key: ((item: T) => string | undefined) | undefined,
    private readonly provider: ProviderId | undefined,
  ) {}

  fresh(items: T[]): T[] {
    const { key } = this;
    if (key === undefined) return items;
    const kept = items.filter((item) => {
      const id = key(item);
      if (id === undefined) return true;
      if (this.seen.has(id)) return false;
      this.seen.add(id);
      return true;
    });
    this.repeatedPages = kept.length === 0 && items.length > 0 ? this.repeatedPages + 1 : 0;
    if (this.repeatedPages >= maxRepeatedPages) {
      throw new InvalidResponseError({
        provider: this.provider,
        field: 'items',
        message: `The provider sent ${maxRepeatedPages} pages in a row of rows it had sent before; stopped to avoid a loop`,
      });
    }
    return kept;
  }
}

/**
 * Every page of a listing, in order, as arrays of items. When the first page carries
 * `pageCursors` the rest are fetched concurrently through a sliding window (in order of need,
 * so the window is itself the concurrency bound), taking cursors from the provider's iterable one
 * at a time; an empty page among them is the end. Otherwise `nextCursor` is followed. Stopping
 * early (break, return, abort) cancels the requests in flight.
 */
export async function* streamPages<T>(
  fetchPage: PageFetcher<T>,
  options: StreamPagesOptions<T> = {},
): AsyncGenerator<T[], void, undefined> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const controller = new AbortController();
  // Every page in flight listens to this one signal (and each request adds a listener or two).
  setMaxListeners(8 * concurrency + 16, controller.signal);
  const outer = options.signal;
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) throw new AbortedError({ provider: options.provider, cause: outer.reason });
  outer?.addEventListener('abort', onAbort, { once: true });

  const seenCursors = new Set<string>();
  const repeats = new RepeatFilter(options.itemKey, options.provider);
  const fetchAt = (cursor: string | undefined): Promise<Page<T>> => {
    if (cursor !== undefined) seenCursors.add(cursor);
    const promise = fetchPage({ cursor, signal: controller.signal });
    // Pages fetched ahead may be abandoned when the consumer stops: never leave them unhandled.
    promise.catch(() => undefined);
    return promise;
  };
  const wait = (promise: Promise<Page<T>>) => untilAborted(promise, controller.signal, options.provider);

  try {
    let page = await wait(fetchAt(undefined));
    yield repeats.fresh(page.items);
    throwIfAborted(outer, options.provider);
    if (page.pageCursors !== undefined) {
      const known = page.pageCursors[Symbol.iterator]();
      const last = yield* knownPages(known, concurrency, fetchAt, wait, repeats, outer, options.provider);
      // An empty page ended the known ones early: the server's count was wrong, follow nothing more.
      if (last === null) return;
      if (last !== undefined) page = last;
    }
    // Follow `nextCursor` past the known pages too, in case the listing grew meanwhile; reaching
    // one of them again means they were all read.
    const hadKnownPages = seenCursors.size > 0;
    while (page.nextCursor !== undefined) {
      if (seenCursors.has(page.nextCursor)) {
        if (hadKnownPages) break;
        throw new InvalidResponseError({
          provider: options.provider,
          field: 'nextCursor',
          message: 'The provider returned a page cursor it had returned before; stopped to avoid a loop',
        });
      }
      page = await wait(fetchAt(page.nextCursor));
      yield repeats.fresh(page.items);
      throwIfAborted(outer, options.provider);
    }
  } finally {
    outer?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}

/**
 * The pages of known cursors, at most `concurrency` in flight; resolves to the last page
 * (`undefined` when there were none), or `null` when an empty page ended them before the cursors
 * ran out.
 */
async function* knownPages<T>(
  cursors: Iterator<string>,
  concurrency: number,
  fetchAt: (cursor: string) => Promise<Page<T>>,
  wait: (promise: Promise<Page<T>>) => Promise<Page<T>>,
  repeats: RepeatFilter<T>,
  outer: AbortSignal | undefined,
  provider: ProviderId | undefined,
): AsyncGenerator<T[], Page<T> | undefined | null, undefined> {
  const inFlight: Promise<Page<T>>[] = [];
  let exhausted = false;
  const fill = () => {
    while (!exhausted && inFlight.length < concurrency) {
      const next = cursors.next();
      if (next.done) exhausted = true;
      else inFlight.push(fetchAt(next.value));
    }
  };
  let last: Page<T> | undefined;
  for (fill(); inFlight.length > 0; fill()) {
    const page = await wait(inFlight.shift() as Promise<Page<T>>);
    last = page;
    yield repeats.fresh(page.items);
    throwIfAborted(outer, provider);
    if (page.items.length === 0 && (inFlight.length > 0 || !exhausted)) return null;
  }
  return last;
}

/** Every item of a listing, in order; see `streamPages`. */
export function streamItems<T>(
  fetchPage: PageFetcher<T>,
  options: StreamPagesOptions<T> = {},
): AsyncGenerator<T, void, undefined> {
  return flattenPages(streamPages(fetchPage, options), options.signal, options.provider);
}

/** The items of pages, one by one; stops mid-page once `signal` aborts. */
export async function* flattenPages<T>(
  pages: AsyncIterable<T[]>,
  signal?: AbortSignal | undefined,
  provider?: ProviderId | undefined,
): AsyncGenerator<T, void, undefined> {
  for await (const items of pages) {
    for (const item of items) {
      yield item;
      // The consumer may abort mid-page: honour it before handing out the rest of the page.
      throwIfAborted(signal, provider);
    }
  }
}

/** Reads a whole async iterable into an array (for small listings and tests). */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
