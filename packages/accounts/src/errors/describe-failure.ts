import {
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
import type { AccountMessages } from '../i18n/account-messages.js';
import { AccountError } from './account-error.js';
import type { FailureReport } from './failure-kind.js';

export interface DescribeFailureOptions {
  messages: AccountMessages;
  /** The provider in use, to name it and its settings. */
  factory: ProviderFactoryV1 | undefined;
}

/**
 * What went wrong and what to do, in one line, and its kind: an account's problem as worded, a
 * provider's typed error in the user's language, anything else as an internal error. The core
 * has already scrubbed secrets from what a server sent.
 */
export function describeFailure(error: unknown, options: DescribeFailureOptions): FailureReport {
  const { messages } = options;
  if (AccountError.isInstance(error)) return { kind: error.kind, line: error.message };
  if (CallrollError.isInstance(error)) return describeProviderError(error, options);
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', line: messages.internalError(message) };
}

function describeProviderError(error: CallrollError, options: DescribeFailureOptions): FailureReport {
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
      kind: 'authentication',
      line: messages.authenticationFailed(name, error.providerCode, variables),
    };
  }
  if (PermissionError.isInstance(error)) {
    return { kind: 'permission', line: messages.permissionDenied(name, error.providerCode) };
  }
  if (NotFoundError.isInstance(error)) {
    return { kind: 'notFound', line: messages.notFound(name, error.resource, error.id) };
  }
  if (RateLimitedError.isInstance(error)) {
    const line =
      error.scope === 'daily' ? messages.dailyLimit(name, error.providerCode) : messages.rateLimited(name);
    return { kind: 'rateLimited', line };
  }
  if (NetworkError.isInstance(error)) {
    return { kind: 'network', line: messages.networkFailed(name, error.code, error.attempts) };
  }
  if (TimeoutError.isInstance(error)) {
    return { kind: 'network', line: messages.timedOut(name, error.timeoutMs) };
  }
  if (InvalidResponseError.isInstance(error)) {
    const line =
      error.sizeCapBytes === undefined
        ? messages.invalidResponse(name, error.field, error.attempts)
        : messages.responseTooLarge(name, error.sizeCapBytes);
    return { kind: 'provider', line };
  }
  if (ProviderError.isInstance(error)) {
    return {
      kind: 'provider',
      line: messages.providerFailed(name, error.providerCode, error.providerMessage ?? ''),
    };
  }
  if (InvalidInputError.isInstance(error)) {
    const problems = error.issues.map((issue) => `${issue.field} ${messages.problemText(issue.problem)}`);
    return {
      kind: 'usage',
      line: messages.invalidArgument(name, problems.join(messages.problemSeparator)),
    };
  }
  // An abort without a signal from the user among them: nothing of ours aborts otherwise.
  return { kind: 'internal', line: messages.internalError(error.message) };
}
