import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('provider');

/** Any other failure the provider reported, with its own code and message. */
export class ProviderError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'provider' as const;
  override readonly name = 'ProviderError';
  readonly providerCode: string | undefined;
  readonly providerMessage: string | undefined;

  constructor(
    options: CallrollErrorOptions & {
      providerCode?: string | number | undefined;
      providerMessage?: string | undefined;
    },
  ) {
    super(options);
    this.providerCode = options.providerCode === undefined ? undefined : String(options.providerCode);
    this.providerMessage = options.providerMessage;
  }

  static override isInstance(value: unknown): value is ProviderError {
    return hasMarker(value, symbol);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), providerCode: this.providerCode, providerMessage: this.providerMessage };
  }
}
