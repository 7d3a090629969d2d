import { type ChildProcess, spawn } from 'node:child_process';
import { baseEnv, binPath } from './run-callroll.js';

/** A shell word, quoted for `sh -c`. */
const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

export interface TerminalRun {
  child: ChildProcess;
  /** Everything the terminal showed so far (escape sequences included). */
  readonly screen: string;
  /** Resolves once the screen holds `text` (the test's timeout bounds the wait). */
  until(text: string | RegExp): Promise<void>;
  /** Types into the terminal: `\x03` is Ctrl-C, as the terminal driver turns it into SIGINT. */
  type(text: string): void;
  /** The exit code of callroll (script -e passes it on). */
  exited: Promise<number | null>;
}

/**
 * Runs the built callroll inside a pseudo-terminal made by util-linux `script`, 100 columns by 30
 * rows, so that standard input, output and error are a real TTY: for the live view and the
 * confirmation prompt.
 */
export function runInTerminal(args: readonly string[], env: Record<string, string>): TerminalRun {
  const command = `stty cols 100 rows 30; exec ${[process.execPath, binPath, ...args].map(quote).join(' ')}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...baseEnv(), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  const waiters: { match: string | RegExp; resolve: () => void }[] = [];
  const holds = (match: string | RegExp) =>
    typeof match === 'string' ? screen.includes(match) : match.test(screen);
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    screen += chunk;
    for (const waiter of [...waiters]) {
      if (holds(waiter.match)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  return {
    child,
    get screen() {
      return screen;
    },
    until: (match) =>
      holds(match) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ match, resolve })),
    type: (text) => {
      child.stdin?.write(text);
    },
    exited,
  };
}
