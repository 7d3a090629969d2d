import type { ProviderId } from '../model/provider-id.js';
import { AbortedError } from './aborted-error.js';

/** Throws an `AbortedError` if the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, provider?: ProviderId): void {
  if (signal?.aborted) throw new AbortedError({ provider, cause: signal.reason });
}
