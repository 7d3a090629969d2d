import { AbortedError } from '../errors/aborted-error.js';
import { CallrollError } from '../errors/callroll-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { ProviderId } from '../model/provider-id.js';
import type { Scrubber } from './scrubber.js';
import type { HttpMethod } from './transport-types.js';

export interface FailureContext {
  provider: ProviderId;
  method: HttpMethod;
  /** Already redacted. */
  url: string;
  operation?: string | undefined;
  /** The response status, when headers had arrived before the failure. */
  status?: number | undefined;
  timeoutMs: number;
  /** The caller's signal. */
  callerSignal?: AbortSignal | undefined;
  /** Aborted when the transport closes. */
  closedSignal?: AbortSignal | undefined;
  /** This attempt's timer. */
  timeoutSignal?: AbortSignal | undefined;
  /** Scrubs secret values from the HTTP client's own messages. */
  scrubber: Scrubber;
}

/** `listMeetings: GET https://…` — what failed, for messages. */
export function describeRequest(context: Pick<FailureContext, 'operation' | 'method' | 'url'>): string {
  const prefix = context.operation === undefined ? '' : `${context.operation}: `;
  return `${prefix}${context.method} ${context.url}`;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string') return code;
  return cause === undefined || cause === error ? undefined : errorCode(cause);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Node refuses a request it cannot send as given (a header value with a line break, say):
// that is the input's fault, and another attempt would fail the same way.
const invalidRequestCodes = new Set([
  'ERR_INVALID_CHAR',
  'ERR_HTTP_INVALID_HEADER_VALUE',
  'ERR_INVALID_HTTP_TOKEN',
  'ERR_INVALID_ARG_TYPE',
  'ERR_INVALID_ARG_VALUE',
  'ERR_UNESCAPED_CHARACTERS',
]);

/**
 * Turns whatever an attempt threw into a typed error. Which signal fired decides between abort
 * and timeout, since the HTTP client rejects with the signal's reason either way.
 */
export function toTransportError(error: unknown, context: FailureContext): CallrollError {
  const { provider, status } = context;
  const what = describeRequest(context);
  if (context.callerSignal?.aborted) {
    return new AbortedError({
      provider,
      status,
      cause: context.callerSignal.reason,
      message: `${what} was aborted`,
    });
  }
  if (context.closedSignal?.aborted) {
    return new AbortedError({
      provider,
      status,
      cause: context.closedSignal.reason,
      message: `${what} was aborted: the transport was closed`,
    });
  }
  if (CallrollError.isInstance(error)) return error;
  if (context.timeoutSignal?.aborted) {
    return new TimeoutError({
      provider,
      status,
      cause: error,
      timeoutMs: context.timeoutMs,
      message: `${what} timed out after ${context.timeoutMs} ms${status === undefined ? '' : ' reading the body'}`,
    });
  }
  const code = errorCode(error);
  const detail = context.scrubber.scrub(errorMessage(error));
  if (code !== undefined && invalidRequestCodes.has(code)) {
    return new InvalidInputError({
      provider,
      cause: error,
      message: `${what} was refused by the HTTP client: ${detail}`,
      issues: [{ field: 'request', problem: detail }],
    });
  }
  return new NetworkError({
    provider,
    status,
    code,
    cause: error,
    retryable: true,
    message: `${what} failed${status === undefined ? '' : ` reading the body of a ${status} response`}: ${detail}${code === undefined || detail.includes(code) ? '' : ` (${code})`}`,
  });
}
