/** Writing the output failed: a bad --output path, a full disk, a closed pipe. */
export class OutputError extends Error {
  override readonly name = 'OutputError';

  constructor(
    /** The file, or `-` for standard output. */
    readonly path: string,
    /** The system error code (`ENOENT`, `ENOSPC`, `EPIPE`...) when there is one. */
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`Cannot write ${path}${code ? ` (${code})` : ''}`, options);
  }

  /** The reader went away (`callroll phones … | head`): not a failure worth a message. */
  get readerClosed(): boolean {
    return this.code === 'EPIPE' || this.code === 'ERR_STREAM_DESTROYED';
  }

  static isInstance(value: unknown): value is OutputError {
    return value instanceof OutputError;
  }
}
