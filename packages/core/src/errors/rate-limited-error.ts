import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('rate-limited');

/** The provider refused the call for its rate limits; try again after `retryAfterMs`. */
export class RateLimitedError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'rate-limited' as const;
  override readonly name = 'RateLimitedError';
  /** How long to wait before the next call, when the provider said (or documents) it. */
  readonly retryAfterMs: number | undefined;
  readonly providerCode: string | undefined;
  /**
   * `window`: a per-minute (or similar) limit that reopens by itself; `daily`: a quota that only the
   * next day lifts, so waiting is pointless. Undefined when the provider did not say.
   */
  readonly scope: 'window' | 'daily' | undefined;

  constructor(
    options: CallrollErrorOptions & {
      retryAfterMs?: number | undefined;
      providerCode?: string | number | undefined;
      scope?: 'window' | 'daily' | undefined;
    },
  ) {
    super({ ...options, retryable: options.retryable ?? options.scope !== 'daily' });
    this.retryAfterMs = options.retryAfterMs;
    this.scope = options.scope;
    this.providerCode = options.providerCode === undefined ? undefined : String(options.providerCode);
  }

  static override isInstance(value: unknown): value is RateLimitedError {
    return hasMarker(value, symbol);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      retryAfterMs: this.retryAfterMs,
      providerCode: this.providerCode,
      scope: this.scope,
    };
  }
}
