/** How long a timestamp+nonce pair stays used: the window in which its timestamp is accepted. */
export const replayWindowSeconds = 300;

/**
 * Remembers the timestamp+nonce pairs of accepted requests. A pair can only be replayed while its
 * timestamp is still within the skew window, so entries are dropped once it has passed.
 */
export class ReplayCache {
  private readonly seen = new Map<string, number>();

  /** False when the pair was already used; otherwise records it. */
  remember(secretId: string, timestamp: number, nonce: string, nowSeconds: number): boolean {
    this.prune(nowSeconds);
    const key = `${secretId}\n${timestamp}\n${nonce}`;
    if (this.seen.has(key)) return false;
    this.seen.set(key, timestamp);
    return true;
  }

  clear(): void {
    this.seen.clear();
  }

  private prune(nowSeconds: number): void {
    // Bounded work per call: entries are in insertion order, which is close to timestamp order.
    for (const [key, timestamp] of this.seen) {
      if (timestamp + replayWindowSeconds * 2 >= nowSeconds) break;
      this.seen.delete(key);
    }
  }
}
