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
  /**
   * Holds back every attempt not yet started for `ms` (a rate-limit window to wait out); true when
   * this pushed the end of the pause out by more than a second, i.e. is news worth telling.
   */
  pause(ms: number): boolean;
  release(): void;
}

/** A queue and the pause its account is in, if any. */
class PausableQueue {
  readonly queue: PQueue;
  private resumeAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(settings: LimiterSettings) {
    this.queue = createQueue(settings);
  }

  pause(ms: number): boolean {
    const until = Date.now() + Math.max(0, ms);
    if (until <= this.resumeAt) return false;
    const news = until - this.resumeAt > 1000;
    this.resumeAt = until;
    this.queue.pause();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.queue.start();
    }, until - Date.now());
    // Kept referenced: the requests waiting for it are what the process is waiting for.
    return news;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue.start();
  }
}

// Providers made twice for the same account in one process (two views, a test suite) must
// share the account's limit, since the service counts the account, not the client object.
const byAccount = new Map<string, { limiter: PausableQueue; users: number }>();

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
  if (accountKey === undefined) {
    const own = new PausableQueue(settings);
    return {
      queue: own.queue,
      shared: false,
      pause: (ms) => own.pause(ms),
      release: () => own.dispose(),
    };
  }
  let entry = byAccount.get(accountKey);
  if (entry === undefined) {
    entry = { limiter: new PausableQueue(settings), users: 0 };
    byAccount.set(accountKey, entry);
  }
  entry.users++;
  const held = entry;
  let released = false;
  return {
    queue: held.limiter.queue,
    shared: true,
    pause: (ms) => held.limiter.pause(ms),
    release() {
      if (released) return;
      released = true;
      held.users--;
      if (held.users === 0 && byAccount.get(accountKey) === held) {
        byAccount.delete(accountKey);
        held.limiter.dispose();
      }
    },
  };
}
