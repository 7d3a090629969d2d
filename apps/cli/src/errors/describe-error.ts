import { describeFailure } from '@callroll/accounts';
import type { ProviderFactoryV1 } from '@callroll/core';
import type { Messages } from '../i18n/messages.js';
import { OutputError } from '../output/output-error.js';
import type { StopSignal } from '../run/interrupts.js';
import { CliError } from './cli-error.js';
import { type ExitCode, exitCodes } from './exit-codes.js';
import { PartialOutputError } from './partial-output-error.js';

export interface ErrorReport {
  exitCode: ExitCode;
  /** The one line for standard error; undefined when nothing should be said. */
  line: string | undefined;
}

export interface DescribeErrorOptions {
  messages: Messages;
  /** The signal that stopped the run, if one did. */
  interrupted: StopSignal | undefined;
  /** The provider in use, to name it and its settings. */
  factory: ProviderFactoryV1 | undefined;
}

/** What went wrong and what to do, in one line, and the exit code of its kind. */
export function describeError(error: unknown, options: DescribeErrorOptions): ErrorReport {
  const { messages, interrupted } = options;
  if (PartialOutputError.isInstance(error)) {
    const inner = describeError(error.cause, options);
    if (interrupted)
      return { exitCode: inner.exitCode, line: messages.interruptedRows(error.rows, error.path) };
    if (inner.line === undefined) return inner;
    return { exitCode: inner.exitCode, line: `${inner.line} ${messages.failedRows(error.rows, error.path)}` };
  }
  if (interrupted) {
    return {
      exitCode: interrupted === 'SIGINT' ? exitCodes.interrupted : exitCodes.terminated,
      line: messages.interrupted,
    };
  }
  if (CliError.isInstance(error)) return { exitCode: error.exitCode, line: error.message };
  if (OutputError.isInstance(error)) {
    // `callroll phones … | head`: the reader has all it wanted; stop quietly, as `cat` would.
    if (error.readerClosed && error.path === '-') return { exitCode: exitCodes.ok, line: undefined };
    return {
      exitCode: exitCodes.output,
      line: messages.outputFailed(error.path, messages.ioReason(error.code)),
    };
  }
  // The config file, settings and providers' errors: worded as every front end words them.
  const report = describeFailure(error, { messages, factory: options.factory });
  return { exitCode: exitCodes[report.kind], line: report.line };
}
