/** A listing into a file stopped early: the file holds `rows` whole rows, and then `cause` happened. */
export class PartialOutputError extends Error {
  override readonly name = 'PartialOutputError';

  constructor(
    override readonly cause: unknown,
    readonly path: string,
    readonly rows: number,
  ) {
    super(`Stopped after ${rows} rows written to ${path}`, { cause });
  }

  static isInstance(value: unknown): value is PartialOutputError {
    return value instanceof PartialOutputError;
  }
}
