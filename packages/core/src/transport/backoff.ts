export interface BackoffOptions {
  /** 1 for the wait after the first attempt. */
  attempt: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A number in [0, 1). */
  random: () => number;
}

/**
 * Exponential backoff with full jitter: spreading retries over the whole window keeps many clients
 * that failed together from retrying together.
 */
export function backoffDelayMs({ attempt, baseDelayMs, maxDelayMs, random }: BackoffOptions): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const fraction = Math.min(1, Math.max(0, random()));
  return Math.floor(fraction * ceiling);
}
