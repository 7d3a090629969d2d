import type { Readable, Writable } from 'node:stream';
import type { Locale } from '@callroll/accounts/i18n';
import type { ProviderFactoryV1 } from '@callroll/core';
import type { Messages } from '../i18n/messages.js';

/** A stream that may be a terminal (process.stdout, process.stderr). */
export type TerminalStream = Writable & { isTTY?: boolean | undefined; columns?: number | undefined };

/** What every command gets: where to write, in which language, and when to stop. */
export interface CliContext {
  locale: Locale;
  messages: Messages;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: TerminalStream;
  stderr: TerminalStream;
  /** Where `--ids-from -` reads; absent when the caller has none. */
  stdin?: Readable | undefined;
  /** Fires on Ctrl-C (SIGINT) or SIGTERM: listings stop at the next whole row. */
  signal: AbortSignal;
  /** The user's IANA time zone, for reading dates and showing times. */
  readonly timeZone: string;
  verbose: boolean;
  /** The provider the command opened, so that an error can name it and its settings. */
  inUse: { factory: ProviderFactoryV1 | undefined };
}

/** A line on standard error (notices, the verbose log). */
export function logLine(context: CliContext, text: string): void {
  context.stderr.write(`${text}\n`);
}
