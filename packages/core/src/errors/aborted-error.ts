import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('aborted');

/** The caller's `AbortSignal` stopped the work. */
export class AbortedError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'aborted' as const;
  override readonly name = 'AbortedError';

  constructor(options: Partial<CallrollErrorOptions> = {}) {
    super({ message: 'The operation was aborted', ...options, retryable: false });
  }

  static override isInstance(value: unknown): value is AbortedError {
    return hasMarker(value, symbol);
  }
}
