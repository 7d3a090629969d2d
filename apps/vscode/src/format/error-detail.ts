import {
  AuthenticationError,
  type CallrollError,
  InvalidInputError,
  InvalidResponseError,
  NetworkError,
  NotFoundError,
  PermissionError,
  ProviderError,
  RateLimitedError,
  TimeoutError,
} from '@callroll/core';
import type { Localize } from '../util/localize.js';
import { problemText } from './problem-text.js';

export interface DetailFormat {
  t: Localize;
  locale: string;
  /** A setting's title for its name (`secretKey` → "SecretKey"), where the provider is known. */
  fieldTitle?: ((name: string) => string) | undefined;
}

const english = (locale: string) => locale.toLowerCase().startsWith('en');

/**
 * An error's details in the person's language, from its fields rather than its English message:
 * the provider's code, the field at fault, the attempts made. A service's own message (Tencent's
 * are Chinese) is quoted as it came.
 */
export function localizedDetail(error: CallrollError, format: DetailFormat): string {
  const { t } = format;
  const code = (value: string | undefined) => (value === undefined ? '' : t(' (code {0})', value));
  let detail: string;
  if (AuthenticationError.isInstance(error))
    detail = t('The service refused the credentials{0}.', code(error.providerCode));
  else if (PermissionError.isInstance(error))
    detail = t('The service refused the request for this account{0}.', code(error.providerCode));
  else if (NotFoundError.isInstance(error))
    detail =
      error.resource === 'meeting'
        ? t('No meeting “{0}”.', error.id ?? '')
        : t('No {0} “{1}”.', error.resource, error.id ?? '');
  else if (RateLimitedError.isInstance(error))
    detail =
      error.scope === 'daily'
        ? t('The day’s calls are used up; the quota resets at midnight (service time).')
        : t('The service still limits the rate after waiting.');
  else if (InvalidInputError.isInstance(error)) detail = inputIssues(error, format);
  else if (InvalidResponseError.isInstance(error))
    detail =
      error.sizeCapBytes === undefined
        ? t('The field {0} of the answer is not as documented.', error.field)
        : t('The answer is larger than {0} bytes.', error.sizeCapBytes.toLocaleString(format.locale));
  else if (NetworkError.isInstance(error))
    detail = error.code ? t('Could not connect ({0}).', error.code) : t('Could not connect.');
  else if (TimeoutError.isInstance(error))
    detail = t('No answer within {0} s.', (error.timeoutMs / 1000).toLocaleString(format.locale));
  else if (ProviderError.isInstance(error))
    detail = t('The service answered{0}: {1}', code(error.providerCode), error.providerMessage ?? '');
  else if (error.kind === 'aborted') detail = t('Cancelled');
  else detail = english(format.locale) ? error.message : t('The service reported an error');
  return error.attempts !== undefined && error.attempts > 1
    ? t('{0} Tried {1} times.', detail, error.attempts)
    : detail;
}

function inputIssues(error: InvalidInputError, format: DetailFormat): string {
  const { t } = format;
  const issues = error.issues.map((issue) => {
    const field = format.fieldTitle?.(issue.field) ?? issue.field;
    const problem = problemText(issue.problem, t, english(format.locale));
    return problem === undefined ? t('{0} is invalid', field) : `${field} ${problem}`;
  });
  return issues.join(t('; '));
}
