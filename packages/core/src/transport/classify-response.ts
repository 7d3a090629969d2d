import type { RetryDecision, TransportResponse } from './transport-types.js';

/** Statuses that usually mean "try again": rate limited, or the server or a gateway failed. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** The default `classifyResponse`: retry the statuses in `RETRYABLE_STATUSES`. */
export function defaultClassifyResponse(response: TransportResponse): RetryDecision {
  return RETRYABLE_STATUSES.has(response.status)
    ? { retry: true, reason: `status ${response.status}` }
    : { retry: false };
}
