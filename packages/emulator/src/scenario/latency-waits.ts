/**
 * The requests held back by the scenario's latency. Closing ends every wait at once, so that no
 * timer keeps the process alive, and tells the woken requests not to answer.
 */
export class LatencyWaits {
  private readonly waits = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private isClosed = false;

  get closed(): boolean {
    return this.isClosed;
  }

  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const wait = {
        timer: setTimeout(() => {
          this.waits.delete(wait);
          resolve();
        }, ms),
        resolve,
      };
      this.waits.add(wait);
    });
  }

  close(): void {
    this.isClosed = true;
    for (const wait of this.waits) {
      clearTimeout(wait.timer);
      wait.resolve();
    }
    this.waits.clear();
  }
}
