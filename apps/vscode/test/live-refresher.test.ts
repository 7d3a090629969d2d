import { describe, expect, it } from 'vitest';
import { LiveRefresher, type Timers } from '../src/tree/live-refresher.js';

function manualTimers() {
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const api: Timers = {
    setInterval: (callback, ms) => {
      timers.set(++next, { callback, ms });
      return next;
    },
    clearInterval: (handle) => timers.delete(handle as number),
  };
  const fire = () => {
    for (const timer of [...timers.values()]) timer.callback();
  };
  return { api, timers, fire };
}

describe('LiveRefresher', () => {
  it('runs only while the view is visible and an interval is set, never overlapping', async () => {
    const timers = manualTimers();
    let ticks = 0;
    let release: () => void = () => undefined;
    const refresher = new LiveRefresher(async () => {
      ticks++;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    }, timers.api);

    refresher.configure({ intervalSeconds: 30, visible: false });
    expect(refresher.active).toBe(false);
    refresher.configure({ visible: true });
    expect([...timers.timers.values()].map((timer) => timer.ms)).toEqual([30_000]);

    timers.fire();
    timers.fire();
    expect(ticks).toBe(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    timers.fire();
    expect(ticks).toBe(2);

    refresher.configure({ visible: false });
    expect(timers.timers.size).toBe(0);
    refresher.configure({ visible: true, intervalSeconds: 0 });
    expect(refresher.active).toBe(false);
    refresher.dispose();
  });
});
