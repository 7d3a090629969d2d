import type { TerminalStream } from './cli-context.js';

const hideCursor = '\x1b[?25l';
const showCursor = '\x1b[?25h';

/**
 * Redraws a block of lines in place on a terminal: back up over the lines drawn last, clear to the
 * end of the screen, draw anew. The cursor is hidden while it runs and shown again however the
 * process ends (a second Ctrl-C exits at once), so that the terminal is left as it was found.
 */
export class TerminalView {
  private drawn = 0;
  private readonly restore = () => {
    this.stream.write(showCursor);
  };

  constructor(private readonly stream: TerminalStream) {
    stream.write(hideCursor);
    process.once('exit', this.restore);
  }

  draw(lines: readonly string[]): void {
    const back = this.drawn > 0 ? `\x1b[${this.drawn}F\x1b[J` : '';
    this.stream.write(`${back}${lines.map((line) => `${line}\n`).join('')}`);
    this.drawn = lines.length;
  }

  /** Leaves the last drawing on screen and the cursor below it. */
  close(): void {
    process.off('exit', this.restore);
    this.restore();
  }
}
