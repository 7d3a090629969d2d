import type { Disposable } from '../util/emitter.js';

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const nodeTimers: Timers = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/**
 * Runs `tick` every `intervalSeconds` while the view is visible (0 turns it off). A tick still
 * running when the next is due is not overlapped: slow services do not pile up requests.
 */
export class LiveRefresher implements Disposable {
  private handle: unknown;
  private running = false;
  private intervalSeconds = 0;
  private visible = false;

  constructor(
    private readonly tick: () => Promise<void>,
    private readonly timers: Timers = nodeTimers,
  ) {}

  get active(): boolean {
    return this.handle !== undefined;
  }

  configure(change: { intervalSeconds?: number; visible?: boolean }): void {
    if (change.intervalSeconds !== undefined) this.intervalSeconds = change.intervalSeconds;
    if (change.visible !== undefined) this.visible = change.visible;
    this.stop();
    if (this.visible && this.intervalSeconds > 0) {
      this.handle = this.timers.setInterval(() => void this.run(), this.intervalSeconds * 1000);
    }
  }

  dispose(): void {
    this.stop();
  }

  private stop(): void {
    if (this.handle !== undefined) this.timers.clearInterval(this.handle);
    this.handle = undefined;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.tick();
    } catch {
      // The tick logs its own failures; a failed refresh must not stop the next one.
    } finally {
      this.running = false;
    }
  }
}
