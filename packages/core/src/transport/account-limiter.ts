import PQueue from 'p-queue';
import type { RateLimit } from './transport-types.js';

export interface LimiterSettings {
  concurrency: number;
  rateLimit: RateLimit | undefined;
}

export interface AccountLimiter {
  queue: PQueue;
  /** Whether other transports use the same queue (then closing one must not clear it). */
  shared: boolean;
  release(): void;
}

// Providers made twice for the same account in one process (two views, a test suite) must
// share the account's limit, since the service counts the account, not the client object.
const byAccount = new Map<string, { queue: PQueue; users: number }>();

function createQueue(settings: LimiterSettings): PQueue {
  return new PQueue({
    concurrency: settings.concurrency,
    // Strict (sliding window) so that no window of `intervalMs` ever holds more than `requests`.
    ...(settings.rateLimit === undefined
      ? {}
      : { intervalCap: settings.rateLimit.requests, interval: settings.rateLimit.intervalMs, strict: true }),
  });
}

/**
 * The queue that bounds an account's requests: its own for a transport without `accountKey`,
 * else the one shared by every open transport with that key (the first one's settings win).
 */
export function acquireAccountLimiter(
  accountKey: string | undefined,
  settings: LimiterSettings,
): AccountLimiter {
  if (accountKey === undefined)
    return { queue: createQueue(settings), shared: false, release: () => undefined };
  let entry = byAccount.get(accountKey);
  if (entry === undefined) {
    entry = { queue: createQueue(settings), users: 0 };
    byAccount.set(accountKey, entry);
  }
  entry.users++;
  const held = entry;
  let released = false;
  return {
    queue: held.queue,
    shared: true,
    release() {
      if (released) return;
      released = true;
      held.users--;
      if (held.users === 0 && byAccount.get(accountKey) === held) byAccount.delete(accountKey);
    },
  };
}
