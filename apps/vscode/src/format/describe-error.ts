import { CallrollError, InvalidInputError } from '@callroll/core';
import { ProviderUnavailableError } from '../accounts/provider-unavailable-error.js';
import type { Localize } from '../util/localize.js';

export interface ErrorDescription {
  /** One line for a tree row or a message: what went wrong, in the person's language. */
  summary: string;
  /** The error's own message: Callroll errors carry no secret by contract. */
  detail: string;
  kind: string;
  /** The account's settings are at fault: offer "Edit account". */
  editAccount: boolean;
}

/**
 * Turns any error into a row's text. `duringSetup` marks errors from making the provider (a
 * missing or invalid setting), which the person fixes by editing the account.
 */
export function describeError(error: unknown, t: Localize, duringSetup = false): ErrorDescription {
  if (ProviderUnavailableError.isInstance(error)) {
    return {
      summary: t(
        'Provider “{0}” is not available: is the extension that adds it installed and enabled?',
        error.providerId,
      ),
      detail: error.message,
      kind: 'provider-unavailable',
      editAccount: false,
    };
  }
  if (!CallrollError.isInstance(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      summary: t('Unexpected error: {0}', message),
      detail: message,
      kind: 'unexpected',
      editAccount: false,
    };
  }
  const detail = error.message;
  switch (error.kind) {
    case 'authentication':
      return {
        summary: t('Sign-in rejected: check the account’s credentials'),
        detail,
        kind: error.kind,
        editAccount: true,
      };
    case 'permission':
      return {
        summary: t('Not allowed: this account may not see this'),
        detail,
        kind: error.kind,
        editAccount: false,
      };
    case 'not-found':
      return { summary: t('Not found'), detail, kind: error.kind, editAccount: false };
    case 'rate-limited':
      return {
        summary: t('Too many requests: try again in a moment'),
        detail,
        kind: error.kind,
        editAccount: false,
      };
    case 'invalid-input': {
      const fields = InvalidInputError.isInstance(error)
        ? error.issues.map((issue) => issue.field).join(', ')
        : '';
      return duringSetup
        ? {
            summary: t('The account’s settings need attention: {0}', fields),
            detail,
            kind: error.kind,
            editAccount: true,
          }
        : { summary: t('Invalid input: {0}', fields), detail, kind: error.kind, editAccount: false };
    }
    case 'invalid-response':
      return {
        summary: t('The service sent an answer Callroll cannot read'),
        detail,
        kind: error.kind,
        editAccount: false,
      };
    case 'network':
      return { summary: t('Cannot reach the service'), detail, kind: error.kind, editAccount: false };
    case 'timeout':
      return {
        summary: t('The service did not answer in time'),
        detail,
        kind: error.kind,
        editAccount: false,
      };
    case 'aborted':
      return { summary: t('Cancelled'), detail, kind: error.kind, editAccount: false };
    default:
      return { summary: t('The service reported an error'), detail, kind: error.kind, editAccount: false };
  }
}
