import { backoffDelayMs } from './backoff.js';
import { parseRetryAfterMs } from './retry-after.js';
import type { RetryRequest, TransportResponse } from './transport-types.js';

/** The budgets and waits a transport retries within. */
export interface RetrySettings {
  maxRetries: number;
  maxRateLimitWaits: number;
  rateLimitWindowMs: number;
  maxRetryAfterMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}

/** Retries used so far by one request, per kind. */
export interface RetryCounts {
  backoff: number;
  rateLimit: number;
  now: number;
}

/** The next step: wait in a backoff sleep, pause the account for a window, or go again at once. */
export type RetryStep =
  | { kind: 'sleep'; delayMs: number; reason: string }
  | { kind: 'pause'; delayMs: number; reason: string }
  | { kind: 'now'; reason: string };

/** Fresh attempts for refusals a hook fixes (clock, nonce): a third in a row would not help. */
const maxImmediateRetries = 2;

/**
 * Whether and how to try again after an attempt that asked for it, or `undefined` when the outcome
 * is final: the budget of its kind is spent, the request may not be repeated, or the server asked
 * for a longer pause than `maxRetryAfterMs`.
 */
export function planRetry(
  retry: RetryRequest,
  response: TransportResponse | undefined,
  counts: RetryCounts,
  idempotent: boolean,
  settings: RetrySettings,
): RetryStep | undefined {
  if (retry.kind === 'now') {
    if (counts.now >= maxImmediateRetries) return undefined;
    counts.now++;
    return { kind: 'now', reason: retry.reason };
  }
  if (!idempotent) return undefined;
  const retryAfterMs = parseRetryAfterMs(response?.headers['retry-after']);
  if (retry.kind === 'rate-limit') {
    if (counts.rateLimit >= settings.maxRateLimitWaits) return undefined;
    // Only the server's own Retry-After can ask for too long; the window's length is ours to wait.
    if (retryAfterMs !== undefined && retryAfterMs > settings.maxRetryAfterMs) return undefined;
    const delayMs = retryAfterMs ?? retry.afterMs ?? settings.rateLimitWindowMs;
    counts.rateLimit++;
    return { kind: 'pause', delayMs, reason: retry.reason ?? 'rate limited' };
  }
  if (counts.backoff >= settings.maxRetries) return undefined;
  counts.backoff++;
  const required = Math.max(retryAfterMs ?? 0, retry.afterMs ?? 0);
  // A server that asks for a long pause gets its answer returned: the caller decides.
  if (required > settings.maxRetryAfterMs) return undefined;
  const backoff = backoffDelayMs({ ...settings, attempt: counts.backoff });
  return {
    kind: 'sleep',
    delayMs: Math.max(backoff, required),
    reason: retry.reason ?? (response === undefined ? 'network' : `status ${response.status}`),
  };
}
