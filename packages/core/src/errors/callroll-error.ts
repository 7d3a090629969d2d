import type { ProviderId } from '../model/provider-id.js';

/** What a caller can do about an error: one value per subclass. */
export type CallrollErrorKind =
  | 'authentication'
  | 'permission'
  | 'not-found'
  | 'rate-limited'
  | 'invalid-input'
  | 'invalid-response'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'provider';

// Markers are registered symbols so that `isInstance` works across duplicate installs of this
// package, where `instanceof` would compare two different classes.
const baseMarker = 'callroll.error';

export function errorMarker(name: string): symbol {
  return Symbol.for(`${baseMarker}.${name}`);
}

export function hasMarker(value: unknown, marker: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
}

const baseSymbol = Symbol.for(baseMarker);

export interface CallrollErrorOptions {
  message: string;
  provider?: ProviderId | undefined;
  retryable?: boolean | undefined;
  status?: number | undefined;
  cause?: unknown;
}

/** The base of every error Callroll throws. Test with `CallrollError.isInstance`, not `instanceof`. */
export abstract class CallrollError extends Error {
  private readonly [baseSymbol] = true;
  abstract readonly kind: CallrollErrorKind;
  /** The provider whose call failed, when there is one. */
  readonly provider: ProviderId | undefined;
  /** True when the same call may succeed if tried again later. */
  readonly retryable: boolean;
  /** The HTTP status of the response, when there was a response. */
  readonly status: number | undefined;
  /** How many attempts the request took before this error was final (set by the transport). */
  attempts: number | undefined;

  constructor(options: CallrollErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.provider = options.provider;
    this.retryable = options.retryable ?? false;
    this.status = options.status;
    this.attempts = undefined;
  }

  static isInstance(value: unknown): value is CallrollError {
    return hasMarker(value, baseSymbol);
  }

  /** A plain object for logs and `--format json`: no stack, no cause chain, nothing secret. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      provider: this.provider,
      retryable: this.retryable,
      status: this.status,
      ...(this.attempts === undefined ? {} : { attempts: this.attempts }),
    };
  }
}
