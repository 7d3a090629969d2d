import type { FailureKind } from './failure-kind.js';

/**
 * A failure in finding what to call with (the config file, a plugin, an account's settings, an
 * unknown provider), already worded for the user in their language. Provider failures stay the
 * core's `CallrollError`s and are worded where they are reported (`describeFailure`).
 */
export class AccountError extends Error {
  override readonly name = 'AccountError';

  constructor(
    /** The one line shown to the user. */
    message: string,
    readonly kind: Extract<FailureKind, 'usage' | 'settings'>,
  ) {
    super(message);
  }

  static isInstance(value: unknown): value is AccountError {
    return value instanceof AccountError;
  }
}
