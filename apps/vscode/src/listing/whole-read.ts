import type { PageReader } from './page-reader.js';

export interface WholeReadHooks {
  /** After each page (for progress). */
  page(): void;
  failed(error: unknown): void;
  /** However it ended. */
  done(): void;
}

/** Reads a listing to its end, one such read at a time, telling every caller's progress listener. */
export class WholeRead {
  private running: Promise<void> | undefined;
  private readonly listeners = new Set<() => void>();

  get active(): boolean {
    return this.running !== undefined;
  }

  run<T>(reader: PageReader<T>, hooks: WholeReadHooks, onProgress?: () => void): Promise<void> {
    if (onProgress) this.listeners.add(onProgress);
    this.running ??= reader
      .pull({
        pages: Number.POSITIVE_INFINITY,
        onPage: () => {
          for (const listener of this.listeners) listener();
          hooks.page();
        },
      })
      .catch((error: unknown) => {
        hooks.failed(error);
        throw error;
      })
      .finally(() => {
        this.running = undefined;
        this.listeners.clear();
        hooks.done();
      });
    return this.running;
  }

  clear(): void {
    this.running = undefined;
    this.listeners.clear();
  }
}
