import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('not-found');

/** The thing asked for does not exist (or the provider no longer reports it). */
export class NotFoundError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'not-found' as const;
  override readonly name = 'NotFoundError';
  /** What was looked for, e.g. `meeting`. */
  readonly resource: string;
  /** The id that was looked for, as the caller gave it. */
  readonly id: string | undefined;
  readonly providerCode: string | undefined;

  constructor(
    options: CallrollErrorOptions & {
      resource: string;
      id?: string | undefined;
      providerCode?: string | number | undefined;
    },
  ) {
    super({ ...options, retryable: false });
    this.resource = options.resource;
    this.id = options.id;
    this.providerCode = options.providerCode === undefined ? undefined : String(options.providerCode);
  }

  static override isInstance(value: unknown): value is NotFoundError {
    return hasMarker(value, symbol);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), resource: this.resource, id: this.id, providerCode: this.providerCode };
  }
}
