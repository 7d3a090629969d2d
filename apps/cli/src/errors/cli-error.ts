import type { ExitCode } from './exit-codes.js';

/**
 * A failure the CLI itself found (the command line, the config file, an output path), already
 * worded for the user in their language. Provider failures stay the core's `CallrollError`s and
 * are worded where they are reported.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    /** The one line shown to the user. */
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }

  static isInstance(value: unknown): value is CliError {
    return value instanceof CliError;
  }
}
