import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('timeout');

/** A request took longer than its timeout. */
export class TimeoutError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'timeout' as const;
  override readonly name = 'TimeoutError';
  readonly timeoutMs: number;

  constructor(options: CallrollErrorOptions & { timeoutMs: number }) {
    super({ ...options, retryable: options.retryable ?? true });
    this.timeoutMs = options.timeoutMs;
  }

  static override isInstance(value: unknown): value is TimeoutError {
    return hasMarker(value, symbol);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs };
  }
}
