import type { ProviderId } from '../model/provider-id.js';
import { abortable } from '../transport/abortable.js';
import { AbortedError } from './aborted-error.js';

/**
 * Settles like `promise`, or rejects with `AbortedError` as soon as the signal fires, even when
 * the work behind the promise ignores the signal (a shared batch, a fetcher without one).
 */
export function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  provider?: ProviderId,
): Promise<T> {
  if (!signal) return promise;
  return abortable(promise, signal).catch((error: unknown) => {
    if (signal.aborted && !AbortedError.isInstance(error))
      throw new AbortedError({ provider, cause: signal.reason });
    throw error;
  });
}
