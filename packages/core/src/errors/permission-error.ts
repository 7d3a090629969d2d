import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('permission');

/** The credentials are valid but may not do this (e.g. the operator is not the meeting's host). */
export class PermissionError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'permission' as const;
  override readonly name = 'PermissionError';
  readonly providerCode: string | undefined;

  constructor(options: CallrollErrorOptions & { providerCode?: string | number | undefined }) {
    super({ ...options, retryable: false });
    this.providerCode = options.providerCode === undefined ? undefined : String(options.providerCode);
  }

  static override isInstance(value: unknown): value is PermissionError {
    return hasMarker(value, symbol);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), providerCode: this.providerCode };
  }
}
