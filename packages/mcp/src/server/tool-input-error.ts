/** A tool's input that passed its schema but not the server's own checks, worded for the user. */
export class ToolInputError extends Error {
  override readonly name = 'ToolInputError';

  static isInstance(value: unknown): value is ToolInputError {
    return value instanceof ToolInputError;
  }
}
