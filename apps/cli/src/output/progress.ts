import type { Messages } from '../i18n/messages.js';

export interface Progress {
  /** Rows read so far, out of `total` when the provider said; `label` names the stage. */
  update(done: number, total: number | undefined, label?: string): void;
  /** Clears the bar, leaving the terminal as it was. */
  stop(): void;
}

/** Standard error: a bar is drawn only when it is a terminal. */
export type ProgressTarget = NodeJS.WritableStream & {
  isTTY?: boolean | undefined;
  columns?: number | undefined;
};

const noProgress: Progress = { update: () => undefined, stop: () => undefined };

/**
 * Progress on standard error, drawn only when it is a terminal: in a pipe or a log file it would
 * be noise (and `\r` garbage). The bar's code (cli-progress, display widths and their Unicode
 * tables) is loaded only then: it takes some 50 ms to start.
 */
export async function createProgress(
  target: ProgressTarget,
  enabled: boolean,
  messages: Messages,
  locale: string,
): Promise<Progress> {
  if (!enabled || target.isTTY !== true) return noProgress;
  const { createProgressBar } = await import('./progress-bar.js');
  return createProgressBar(target, messages, locale);
}
