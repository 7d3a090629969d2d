import { setMaxListeners } from 'node:events';
import type { TerminalStream } from './cli-context.js';

export type StopSignal = 'SIGINT' | 'SIGTERM';

export interface Interrupts {
  signal: AbortSignal;
  /** Which signal stopped the run, if one did. */
  readonly received: StopSignal | undefined;
  dispose(): void;
}

/**
 * Turns the first Ctrl-C (or SIGTERM) into an abort, so that a listing stops at the next whole
 * row and closes its file properly; a second Ctrl-C quits at once, for the impatient.
 */
export function watchInterrupts(stderr: TerminalStream, notice: string): Interrupts {
  const controller = new AbortController();
  // Every request in flight listens to this one signal: a batch of meetings is hundreds of them.
  setMaxListeners(0, controller.signal);
  let received: StopSignal | undefined;
  const onSignal = (name: StopSignal) => {
    if (received !== undefined) {
      process.exit(name === 'SIGINT' ? 130 : 143);
    }
    received = name;
    if (stderr.isTTY) stderr.write(`\r\x1b[K${notice}\n`);
    controller.abort(new Error(name));
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
