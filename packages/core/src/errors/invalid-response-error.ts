import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('invalid-response');

/** The provider answered with something this client cannot read. */
export class InvalidResponseError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'invalid-response' as const;
  override readonly name = 'InvalidResponseError';
  /** The path of the field at fault, e.g. `phone_numbers[3].area`, or `(body)` when it is not JSON. */
  readonly field: string;
  /** A short excerpt of the body around the fault, with secrets already removed. */
  readonly excerpt: string | undefined;
  /** Set when the body was not read because it is larger than this cap (`maxResponseBytes`). */
  readonly sizeCapBytes: number | undefined;

  constructor(
    options: Omit<CallrollErrorOptions, 'message'> & {
      message?: string;
      field: string;
      excerpt?: string | undefined;
      sizeCapBytes?: number | undefined;
    },
  ) {
    super({
      ...options,
      retryable: options.retryable ?? false,
      message: options.message ?? `Unexpected response: field ${options.field} is not as documented`,
    });
    this.field = options.field;
    this.excerpt = options.excerpt;
    this.sizeCapBytes = options.sizeCapBytes;
  }

  static override isInstance(value: unknown): value is InvalidResponseError {
    return hasMarker(value, symbol);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), field: this.field, excerpt: this.excerpt, sizeCapBytes: this.sizeCapBytes };
  }
}
