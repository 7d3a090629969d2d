import type { Localize } from '../util/localize.js';

type Translate = (t: Localize, match: RegExpExecArray) => string;

// The core's settings problems, and the built-in providers' own wording, in the person's language.
const problems: Array<[RegExp, Translate]> = [
  [/^is required$/, (t) => t('is required')],
  [/^must be a URL$/, (t) => t('must be a URL')],
  [/^must be a number$/, (t) => t('must be a number')],
  [/^must be a whole number$/, (t) => t('must be a whole number')],
  [/^must be at least (\d+) characters$/, (t, m) => t('must be at least {0} characters', m[1] ?? '')],
  [/^must be at most (\d+) characters$/, (t, m) => t('must be at most {0} characters', m[1] ?? '')],
  [/^must be at least (\S+)$/, (t, m) => t('must be at least {0}', m[1] ?? '')],
  [/^must be at most (\S+)$/, (t, m) => t('must be at most {0}', m[1] ?? '')],
  [/^must be one of (.+)$/, (t, m) => t('must be one of {0}', m[1] ?? '')],
  [/^must be the digits of your enterprise AppId$/, (t) => t('must be the digits of your enterprise AppId')],
  [/^is too short for a (\w+)$/, (t, m) => t('is too short for a {0}', m[1] ?? '')],
  [/^must be digits$/, (t) => t('must be digits')],
  [/^must be an IANA time zone such as (\S+)$/, (t, m) => t('must be a time zone such as {0}', m[1] ?? '')],
  [/^must be a relative API path$/, (t) => t('must be a relative API path')],
  [/^must be a parameter name$/, (t) => t('must be a parameter name')],
];

/**
 * A settings problem ("must be digits") in the person's language. A third-party provider's own
 * wording is English: it is kept when the person reads English, and left out (undefined) otherwise,
 * so that a message is never half in one language and half in another.
 */
export function problemText(problem: string, t: Localize, english: boolean): string | undefined {
  for (const [pattern, translate] of problems) {
    const match = pattern.exec(problem);
    if (match) return translate(t, match);
  }
  return english ? problem : undefined;
}
