import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('network');

/** The request did not get a whole response: refused, reset, DNS failure, truncated body. */
export class NetworkError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'network' as const;
  override readonly name = 'NetworkError';
  /** The system error code (`ECONNREFUSED`, `ECONNRESET`, ...) when there is one. */
  readonly code: string | undefined;

  constructor(options: CallrollErrorOptions & { code?: string | undefined }) {
    super({ ...options, retryable: options.retryable ?? true });
    this.code = options.code;
  }

  static override isInstance(value: unknown): value is NetworkError {
    return hasMarker(value, symbol);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), code: this.code };
  }
}
