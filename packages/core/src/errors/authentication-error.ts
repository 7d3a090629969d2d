import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('authentication');

/** The provider rejected the credentials (wrong key, bad signature, expired token). */
export class AuthenticationError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'authentication' as const;
  override readonly name = 'AuthenticationError';
  /** The provider's own error code, when it sent one. */
  readonly providerCode: string | undefined;

  constructor(options: CallrollErrorOptions & { providerCode?: string | number | undefined }) {
    super({ ...options, retryable: false });
    this.providerCode = options.providerCode === undefined ? undefined : String(options.providerCode);
  }

  static override isInstance(value: unknown): value is AuthenticationError {
    return hasMarker(value, symbol);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), providerCode: this.providerCode };
  }
}
