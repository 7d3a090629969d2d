import { CallrollError, type CallrollErrorOptions, errorMarker, hasMarker } from './callroll-error.js';

const symbol = errorMarker('invalid-input');

export interface InvalidInputIssue {
  /** The argument, setting or environment variable at fault. */
  field: string;
  /** What is wrong with it, never its value (it may be a secret). */
  problem: string;
}

/**
 * An argument or setting is wrong. Found before any request was made, except where a provider
 * refuses a parameter it alone can judge (then `providerCode` holds its code).
 */
export class InvalidInputError extends CallrollError {
  private readonly [symbol] = true;
  readonly kind = 'invalid-input' as const;
  override readonly name = 'InvalidInputError';
  readonly issues: readonly InvalidInputIssue[];
  readonly providerCode: string | undefined;

  constructor(
    options: Omit<CallrollErrorOptions, 'message'> & {
      message?: string;
      issues: InvalidInputIssue[];
      providerCode?: string | number | undefined;
    },
  ) {
    super({
      ...options,
      retryable: false,
      message:
        options.message ??
        `Invalid input: ${options.issues.map((issue) => `${issue.field}: ${issue.problem}`).join('; ')}`,
    });
    this.issues = options.issues;
    this.providerCode = options.providerCode === undefined ? undefined : String(options.providerCode);
  }

  /** The fields at fault, for a caller that points at them. */
  get fields(): string[] {
    return this.issues.map((issue) => issue.field);
  }

  static override isInstance(value: unknown): value is InvalidInputError {
    return hasMarker(value, symbol);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues, providerCode: this.providerCode };
  }
}
