import type { CallOutNumberProblem } from '@callroll/core';
import type { Localize } from '../util/localize.js';

/** Why a typed number cannot be called, in the person's language (the core words it in English). */
export function callOutProblemText(problem: CallOutNumberProblem, t: Localize): string {
  switch (problem) {
    case 'empty':
      return t('no number');
    case 'needs-calling-code':
      return t('add the country calling code, e.g. +86');
    case 'bad-calling-code':
      return t('the country calling code is not valid');
    case 'invalid':
      return t('not a valid number');
    case 'calling-code-not-served':
      return t('the provider does not call this country');
    case 'bad-extension':
      return t('the extension must be 1 to 10 digits');
    default:
      return t('not a phone number');
  }
}
