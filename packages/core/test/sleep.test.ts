import { describe, expect, it } from 'vitest';
import { sleep } from '../src/index.js';

describe('sleep', () => {
  it('resolves after the time has passed, not before', async () => {
    const started = performance.now();
    await sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('rejects with the reason of the signal as soon as it aborts, long before the time', async () => {
    const controller = new AbortController();
    const reason = new Error('stopped');
    const started = performance.now();
    const waiting = sleep(60_000, controller.signal);
    setTimeout(() => controller.abort(reason), 10);
    await expect(waiting).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('rejects at once with the reason of a signal aborted before it starts', async () => {
    const reason = new Error('already');
    await expect(sleep(60_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('a wait past what a timer holds (2^31 ms) is a long wait, not an immediate one', async () => {
    const controller = new AbortController();
    let settled = false;
    const waiting = sleep(2 ** 40, controller.signal).then(
      () => {
        settled = true;
      },
      () => undefined,
    );
    await sleep(20);
    expect(settled).toBe(false);
    controller.abort();
    await waiting;
  });
});
