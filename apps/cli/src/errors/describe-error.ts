import {
  AbortedError,
  AuthenticationError,
  CallrollError,
  describeSettings,
  InvalidInputError,
  InvalidResponseError,
  NetworkError,
  NotFoundError,
  PermissionError,
  ProviderError,
  type ProviderFactoryV1,
  RateLimitedError,
  settingsEnvName,
  TimeoutError,
} from '@callroll/core';
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
  if (CallrollError.isInstance(error)) return describeProviderError(error, options);
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: exitCodes.internal, line: messages.internalError(message) };
}

function describeProviderError(error: CallrollError, options: DescribeErrorOptions): ErrorReport {
  const { messages, factory } = options;
  const name = factory?.displayName ?? error.provider ?? messages.unnamedProvider;
  if (AuthenticationError.isInstance(error)) {
    // Name the variables that make up the credentials: what the user can check.
    const variables = factory
      ? describeSettings(factory.settingsSchema)
          .filter((field) => field.secret || (field.required && field.defaultValue === undefined))
          .map((field) => settingsEnvName(factory.id, field.name))
      : [];
    return {
      exitCode: exitCodes.authentication,
      line: messages.authenticationFailed(name, error.providerCode, variables),
    };
  }
  if (PermissionError.isInstance(error)) {
    return { exitCode: exitCodes.permission, line: messages.permissionDenied(name, error.providerCode) };
  }
  if (NotFoundError.isInstance(error)) {
    return { exitCode: exitCodes.notFound, line: messages.notFound(name, error.resource, error.id) };
  }
  if (RateLimitedError.isInstance(error)) {
    const line =
      error.scope === 'daily' ? messages.dailyLimit(name, error.providerCode) : messages.rateLimited(name);
    return { exitCode: exitCodes.rateLimited, line };
  }
  if (NetworkError.isInstance(error)) {
    return { exitCode: exitCodes.network, line: messages.networkFailed(name, error.code, error.attempts) };
  }
  if (TimeoutError.isInstance(error)) {
    return { exitCode: exitCodes.network, line: messages.timedOut(name, error.timeoutMs) };
  }
  if (InvalidResponseError.isInstance(error)) {
    const line =
      error.sizeCapBytes === undefined
        ? messages.invalidResponse(name, error.field, error.attempts)
        : messages.responseTooLarge(name, error.sizeCapBytes);
    return { exitCode: exitCodes.provider, line };
  }
  if (ProviderError.isInstance(error)) {
    return {
      exitCode: exitCodes.provider,
      line: messages.providerFailed(name, error.providerCode, error.providerMessage ?? ''),
    };
  }
  if (InvalidInputError.isInstance(error)) {
    const problems = error.issues.map((issue) => `${issue.field} ${messages.problemText(issue.problem)}`);
    return {
      exitCode: exitCodes.usage,
      line: messages.invalidArgument(name, problems.join(messages.problemSeparator)),
    };
  }
  if (AbortedError.isInstance(error)) {
    // Aborted without a signal from the user: nothing of ours aborts otherwise.
    return { exitCode: exitCodes.internal, line: messages.internalError(error.message) };
  }
  return { exitCode: exitCodes.internal, line: messages.internalError(error.message) };
}
