import cliProgress from 'cli-progress';
import type { Messages } from '../i18n/messages.js';
import { fitCell } from './display-width.js';
import { formatCount } from './format-values.js';
import type { Progress, ProgressTarget } from './progress.js';

/** What the bar shows, worked out at each update so that the timer redraws only on a change. */
interface ProgressPayload {
  label: string;
  text: string;
  withBar: boolean;
}

/**
 * A one-line progress bar (cli-progress) on standard error, redrawn at most ten times a second.
 * Loaded by `createProgress` only for a terminal.
 */
export function createProgressBar(target: ProgressTarget, messages: Messages, locale: string): Progress {
  const started = Date.now();
  const bar = new cliProgress.SingleBar({
    stream: target,
    fps: 10,
    barsize: 20,
    barCompleteChar: '#',
    barIncompleteChar: '-',
    clearOnComplete: true,
    // Leave wrapping and the cursor alone: a second Ctrl-C exits at once, without `stop`, and
    // must not leave the terminal without them. The line is cut to the width below instead.
    linewrap: true,
    hideCursor: false,
    // Signals are the CLI's own (a first Ctrl-C stops the listing at a whole row).
    gracefulExit: false,
    format: (options, params, payload: ProgressPayload) => {
      const gauge = payload.withBar ? `[${cliProgress.Format.BarFormat(params.progress, options)}] ` : '';
      const line = `${payload.label ? `${payload.label}  ` : ''}${gauge}${payload.text}`;
      // By display width, so that a Chinese line never wraps and can be redrawn in place.
      return fitCell(line, params.maxWidth - 1, 'left', true).trimEnd();
    },
  });
  return {
    update(done, total, label) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const payload: ProgressPayload = {
        label: label ?? '',
        text: messages.progressRows(
          formatCount(done, locale),
          total === undefined ? undefined : formatCount(total, locale),
          formatCount(Math.round(done / seconds), locale),
        ),
        withBar: total !== undefined && total > 0,
      };
      // Started at the first rows, not before: a quick command shows no bar at all.
      if (!bar.isActive) {
        bar.start(total ?? 0, done, payload);
        return;
      }
      if (total !== undefined) bar.setTotal(total);
      bar.update(done, payload);
    },
    stop() {
      if (!bar.isActive) return;
      // cli-progress clears the line where the bar started; if a line was printed meanwhile
      // (the Ctrl-C notice), that is no longer the bar's, so mark the current one instead.
      target.write('\x1b7');
      bar.stop();
    },
  };
}
