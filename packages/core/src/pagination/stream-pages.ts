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

export interface StreamPagesOptions {
  /**
   * Pages in flight at once when the first page lists the cursors of the rest (default 4). It
   * also bounds memory: at most this many pages wait to be read.
   */
  concurrency?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Named in errors. */
  provider?: ProviderId | undefined;
}

/**
 * Every page of a listing, in order, as arrays of items. When the first page carries
 * `pageCursors` the rest are fetched concurrently through a sliding window (in order of need,
 * so the window is itself the concurrency bound); otherwise `nextCursor` is followed. Stopping
 * early (break, return, abort) cancels the requests in flight.
 */
export async function* streamPages<T>(
  fetchPage: PageFetcher<T>,
  options: StreamPagesOptions = {},
): AsyncGenerator<T[], void, undefined> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const controller = new AbortController();
  // Every page in flight listens to this one signal (and each request adds a listener or two).
  setMaxListeners(8 * concurrency + 16, controller.signal);
  const outer = options.signal;
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) throw new AbortedError({ provider: options.provider, cause: outer.reason });
  outer?.addEventListener('abort', onAbort, { once: true });

  const seen = new Set<string>();
  const fetchAt = (cursor: string | undefined): Promise<Page<T>> => {
    if (cursor !== undefined) seen.add(cursor);
    const promise = fetchPage({ cursor, signal: controller.signal });
    // Pages fetched ahead may be abandoned when the consumer stops: never leave them unhandled.
    promise.catch(() => undefined);
    return promise;
  };
  const wait = (promise: Promise<Page<T>>) => untilAborted(promise, controller.signal, options.provider);

  try {
    let page = await wait(fetchAt(undefined));
    yield page.items;
    throwIfAborted(outer, options.provider);
    const cursors = page.pageCursors ?? [];
    if (cursors.length > 0) {
      const inFlight: Promise<Page<T>>[] = [];
      let next = 0;
      for (let index = 0; index < cursors.length; index++) {
        while (next < cursors.length && next < index + concurrency) inFlight[next] = fetchAt(cursors[next++]);
        page = await wait(inFlight[index] as Promise<Page<T>>);
        delete inFlight[index];
        yield page.items;
        throwIfAborted(outer, options.provider);
      }
    }
    // Follow `nextCursor` past the known pages too, in case the listing grew meanwhile.
    while (page.nextCursor !== undefined) {
      if (seen.has(page.nextCursor)) {
        if (cursors.length > 0) break;
        throw new InvalidResponseError({
          provider: options.provider,
          field: 'nextCursor',
          message: 'The provider returned a page cursor it had returned before; stopped to avoid a loop',
        });
      }
      page = await wait(fetchAt(page.nextCursor));
      yield page.items;
      throwIfAborted(outer, options.provider);
    }
  } finally {
    outer?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}

/** Every item of a listing, in order; see `streamPages`. */
export async function* streamItems<T>(
  fetchPage: PageFetcher<T>,
  options: StreamPagesOptions = {},
): AsyncGenerator<T, void, undefined> {
  for await (const items of streamPages(fetchPage, options)) {
    for (const item of items) {
      yield item;
      // The consumer may abort mid-page: honour it before handing out the rest of the page.
      throwIfAborted(options.signal, options.provider);
    }
  }
}

/** Reads a whole async iterable into an array (for small listings and tests). */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
