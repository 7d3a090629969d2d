import type { Page } from '@callroll/core';

/**
 * Starts a listing through the core's engine (`phoneParticipantPages`, `meetingPages`,
 * `streamPages`), which drops repeated rows and throws on a provider that loops. `onPage` hears
 * each page as it is read, for the provider's total.
 */
export type PageSource<T> = (hooks: {
  signal: AbortSignal;
  onPage: (page: Page<T>) => void;
}) => AsyncGenerator<T[], void, undefined>;

export interface PullOptions {
  /** Pages to read at most (default 1); `Infinity` reads to the end. */
  pages?: number | undefined;
  /** Stops early once this holds after a page (enough rows for a filter or a group). */
  enough?: (() => boolean) | undefined;
  /** Hears each page once its rows are kept (for progress). */
  onPage?: (() => void) | undefined;
}

/** One run of the engine: its generator, held open between pulls, and what it read. */
interface Run<T> {
  generator: AsyncGenerator<T[], void, undefined>;
  controller: AbortController;
  total: number | undefined;
}

/**
 * A listing read for a tree: the core's engine held open across "Load more" clicks, a few pages
 * per pull. Pulls run one after another. A failed pull keeps the rows read so far; since the
 * engine cannot go on after a failure, the next pull starts it again and reads back to where it
 * was, so repeated rows and loops are still judged over the whole listing.
 */
export class PageReader<T> {
  private kept: T[] = [];
  private run: Run<T> | undefined;
  private pagesRead = 0;
  private finished = false;
  private started = false;
  private closed = false;
  private lastTotal: number | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** Counts replacements of the rows (reload, restart): rows made for old ones must go. */
  generation = 0;

  constructor(
    private readonly source: PageSource<T>,
    /** Keeps only the rows the caller wants (e.g. the live meetings of a mixed listing). */
    private readonly accept: (item: T) => boolean = () => true,
  ) {}

  get items(): readonly T[] {
    return this.kept;
  }
  /** What the provider says the whole listing holds, when it says. */
  get total(): number | undefined {
    return this.lastTotal;
  }
  get isStarted(): boolean {
    return this.started;
  }
  get hasMore(): boolean {
    return !this.finished;
  }
  get pages(): number {
    return this.pagesRead;
  }
  get isClosed(): boolean {
    return this.closed;
  }

  /** Reads the next pages; see `PullOptions`. */
  pull(options: PullOptions = {}): Promise<void> {
    return this.serialized(() => this.read(options));
  }

  /**
   * Reads again as many pages as were read (the automatic refresh of live meetings), replacing
   * the rows only once all of them arrived; a failure leaves everything as it was.
   */
  reload(): Promise<void> {
    return this.serialized(async () => {
      if (!this.started || this.closed) return;
      const fresh = this.open();
      try {
        await this.replaceWith(fresh, Math.max(1, this.pagesRead));
      } catch (error) {
        await stop(fresh);
        throw error;
      }
    });
  }

  /**
   * Takes every row from elsewhere (a live tracker's round, which read the whole listing): the
   * listing is then complete, and a run still open is stopped. In turn with pulls.
   */
  replace(items: T[], total: number | undefined): Promise<void> {
    return this.serialized(async () => {
      if (this.closed) return;
      const old = this.run;
      this.run = undefined;
      if (old) void stop(old);
      this.kept = items.filter((item) => this.accept(item));
      this.finished = true;
      this.started = true;
      this.lastTotal = total ?? this.lastTotal;
      this.generation++;
    });
  }

  /** Stops the requests in flight and every later pull. */
  close(): void {
    this.closed = true;
    const run = this.run;
    this.run = undefined;
    if (run) void stop(run);
  }

  private serialized(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(options: PullOptions): Promise<void> {
    if (this.finished || this.closed || options.enough?.()) return;
    if (!this.run) {
      const fresh = this.open();
      // Stopped by a failure: start again and read back to where it was.
      if (this.pagesRead > 0) {
        try {
          await this.replaceWith(fresh, this.pagesRead);
        } catch (error) {
          await stop(fresh);
          throw error;
        }
      } else this.run = fresh;
      if (this.finished || !this.run) return;
    }
    const run = this.run;
    const pages = Math.max(1, options.pages ?? 1);
    for (let read = 0; read < pages; read++) {
      const next = await this.next(run);
      this.started = true;
      if (next.done) {
        this.finish();
        return;
      }
      for (const item of next.value) if (this.accept(item)) this.kept.push(item);
      this.pagesRead++;
      this.lastTotal = run.total ?? this.lastTotal;
      options.onPage?.();
      if (options.enough?.()) return;
    }
  }

  /** The next page of the current run; a failure ends the run, keeping what it read. */
  private async next(run: Run<T>): Promise<IteratorResult<T[], void>> {
    try {
      return await run.generator.next();
    } catch (error) {
      if (this.run === run) this.run = undefined;
      await stop(run);
      throw error;
    }
  }

  /** Reads `pages` pages with a new run, then takes its rows and goes on with it. */
  private async replaceWith(fresh: Run<T>, pages: number): Promise<void> {
    const items: T[] = [];
    let read = 0;
    let done = false;
    while (read < pages) {
      const next = await fresh.generator.next();
      if (next.done) {
        done = true;
        break;
      }
      for (const item of next.value) if (this.accept(item)) items.push(item);
      read++;
    }
    const old = this.run;
    this.run = done ? undefined : fresh;
    if (old && old !== fresh) void stop(old);
    if (done) void stop(fresh);
    this.kept = items;
    this.pagesRead = read;
    this.finished = done;
    this.started = true;
    this.lastTotal = fresh.total ?? this.lastTotal;
    this.generation++;
  }

  private finish(): void {
    this.finished = true;
    this.run = undefined;
  }

  private open(): Run<T> {
    const controller = new AbortController();
    const run = { controller, total: undefined } as Run<T>;
    run.generator = this.source({
      signal: controller.signal,
      onPage: (page) => {
        if (page.total !== undefined) run.total = page.total;
      },
    });
    return run;
  }
}

/** Ends a run: its requests in flight are aborted and the engine's own clean-up runs. */
async function stop<T>(run: Run<T>): Promise<void> {
  run.controller.abort();
  await run.generator.return(undefined).catch(() => undefined);
}
