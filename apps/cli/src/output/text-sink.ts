import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { OutputError } from './output-error.js';

/** Text gathered before it is handed to the stream at once (a page of rows is one write). */
const batchChars = 64 * 1024;

/**
 * Where a listing's text goes, one whole row per `write`, with backpressure: `write` returns a
 * promise only when the stream's buffer is full, and the producer waits for it. That bounds
 * memory whatever the listing's length, and means a stopped listing leaves only whole rows.
 * Rows written in one go (a page's) reach the stream as one write, at the end of the current
 * task or every 64 KiB: one system call per row was most of a listing's CPU.
 */
export class TextSink {
  private failure: OutputError | undefined;
  private bytesWritten = 0;
  private pending = '';
  private flushQueued = false;
  private needDrain = false;

  private constructor(
    private readonly stream: Writable,
    /** The file, or undefined for standard output. */
    readonly path: string | undefined,
    private readonly ownsStream: boolean,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.failure ??= new OutputError(path ?? '-', error.code, { cause: error });
    });
  }

  /** Standard output (never closed by us). */
  static forStream(stream: Writable): TextSink {
    return new TextSink(stream, undefined, false);
  }

  /** Creates or truncates the file now, so that a bad path fails before any request. */
  static async forFile(path: string): Promise<TextSink> {
    try {
      const handle = await open(path, 'w');
      return new TextSink(createWriteStream('', { fd: handle, highWaterMark: 64 * 1024 }), path, true);
    } catch (error) {
      throw new OutputError(path, (error as NodeJS.ErrnoException).code, { cause: error });
    }
  }

  get bytes(): number {
    return this.bytesWritten + Buffer.byteLength(this.pending);
  }

  write(text: string): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    this.pending += text;
    if (this.pending.length >= batchChars) this.flush();
    else if (!this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(() => this.flush());
    }
    return this.needDrain ? this.drain() : undefined;
  }

  /** Hands what was gathered to the stream. */
  private flush(): void {
    this.flushQueued = false;
    if (this.pending === '' || this.failure) return;
    // Encoded once: its length is counted and the same bytes are written.
    const bytes = Buffer.from(this.pending);
    this.pending = '';
    this.bytesWritten += bytes.length;
    if (!this.stream.write(bytes)) this.needDrain = true;
  }

  private async drain(): Promise<void> {
    try {
      // `once` also rejects when the stream emits 'error' meanwhile.
      if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
    } catch {
      // Reported through `failure` below.
    }
    this.needDrain = false;
    if (this.failure) throw this.failure;
  }

  /** Flushes everything written; closes the file (standard output stays open). */
  async close(): Promise<void> {
    this.flush();
    if (this.ownsStream) {
      if (!this.stream.writableFinished && !this.stream.destroyed) {
        const finished = once(this.stream, 'close').catch(() => undefined);
        this.stream.end();
        await finished;
      }
    } else if (this.stream.writableNeedDrain && !this.failure) {
      await once(this.stream, 'drain').catch(() => undefined);
    }
    if (this.failure) throw this.failure;
  }
}
