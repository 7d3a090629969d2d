import { CallrollError, InvalidInputError } from '@callroll/core';
import { ProviderUnavailableError } from '../accounts/provider-unavailable-error.js';
import type { Localize } from '../util/localize.js';
import { type DetailFormat, localizedDetail } from './error-detail.js';

export interface ErrorDescription {
  /** One line for a tree row or a message: what went wrong, in the person's language. */
  summary: string;
  /** What exactly, in the person's language too (codes, fields, attempts). */
  detail: string;
  /** The error's own English message, for the log: Callroll errors carry no secret by contract. */
  technical: string;
  kind: string;
  /** The account's settings are at fault: offer "Edit account". */
  editAccount: boolean;
}

export interface DescribeOptions {
  /** Errors from making the provider (a missing or invalid setting), fixed by editing the account. */
  duringSetup?: boolean | undefined;
  locale?: string | undefined;
  fieldTitle?: DetailFormat['fieldTitle'];
}

/** Turns any error into a row's or a message's text. */
export function describeError(error: unknown, t: Localize, options: DescribeOptions = {}): ErrorDescription {
  if (ProviderUnavailableError.isInstance(error)) {
    return {
      summary: t(
        'Provider “{0}” is not available: is the extension that adds it installed and enabled?',
        error.providerId,
      ),
      detail: t('No extension has registered the provider “{0}”.', error.providerId),
      technical: error.message,
      kind: 'provider-unavailable',
      editAccount: false,
    };
  }
  if (!CallrollError.isInstance(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      summary: t('Unexpected error: {0}', message),
      detail: message,
      technical: message,
      kind: 'unexpected',
      editAccount: false,
    };
  }
  const format: DetailFormat = { t, locale: options.locale ?? 'en', fieldTitle: options.fieldTitle };
  const described = (summary: string, editAccount = false): ErrorDescription => ({
    summary,
    detail: localizedDetail(error, format),
    technical: error.message,
    kind: error.kind,
    editAccount,
  });
  switch (error.kind) {
    case 'authentication':
      return described(t('Sign-in rejected: check the account’s credentials'), true);
    case 'permission':
      return described(t('Not allowed: this account may not see this'));
    case 'not-found':
      return described(t('Not found'));
    case 'rate-limited':
      return described(t('Too many requests: try again in a moment'));
    case 'invalid-input': {
      const fields = InvalidInputError.isInstance(error)
        ? error.issues.map((issue) => format.fieldTitle?.(issue.field) ?? issue.field).join(t('; '))
        : '';
      return options.duringSetup
        ? described(t('The account’s settings need attention: {0}', fields), true)
        : described(t('Invalid input: {0}', fields));
    }
    case 'invalid-response':
      return described(t('The service sent an answer Callroll cannot read'));
    case 'network':
      return described(t('Cannot reach the service'));
    case 'timeout':
      return described(t('The service did not answer in time'));
    case 'aborted':
      return described(t('Cancelled'));
    default:
      return described(t('The service reported an error'));
  }
}
