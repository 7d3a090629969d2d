import { recoverableLeaks } from './recoverable-leaks.js';

/**
 * The forms a secret could be echoed in, named: raw, percent-encoded (URL and form), JSON-escaped,
 * base64 (standard and URL-safe, with and without padding) and hex (either case). Written here
 * independently of the core's own list, so that a form the core forgets is still looked for.
 */
export function secretForms(value: string): Map<string, string> {
  const bytes = Buffer.from(value, 'utf8');
  const base64 = bytes.toString('base64');
  const forms = new Map<string, string>([
    ['raw', value],
    ['URL-encoded', encodeURIComponent(value)],
    ['form-encoded', new URLSearchParams([['x', value]]).toString().slice(2)],
    ['JSON-escaped', JSON.stringify(value).slice(1, -1)],
    ['base64', base64],
    ['base64 unpadded', base64.replace(/=+$/, '')],
    ['base64url', bytes.toString('base64url')],
    ['hex', bytes.toString('hex')],
    ['HEX', bytes.toString('hex').toUpperCase()],
  ]);
  return forms;
}

/** Every form of `value` a hostile server is made to echo, in one text, but those in `skip`. */
export function echoForms(label: string, value: string, skip: readonly string[] = []): string {
  return [...secretForms(value)]
    .filter(([form]) => !skip.includes(form))
    .map(([form, text]) => `${label} ${form}: ${text}`)
    .join(' | ');
}

/**
 * The leaks of any secret form in any of the texts: `"<where>: <secret> as <form>"` for each.
 * Empty when nothing leaked, so that `expect(leaks(...)).toEqual([])` names every leak.
 */
export function leaks(
  texts: Readonly<Record<string, string>>,
  secrets: Readonly<Record<string, readonly string[]>>,
): string[] {
  const found: string[] = [];
  for (const [where, text] of Object.entries(texts)) {
    for (const [name, values] of Object.entries(secrets)) {
      for (const value of values) {
        for (const [form, encoded] of secretForms(value)) {
          if (text.includes(encoded)) found.push(`${where}: ${name} as ${form}`);
        }
      }
    }
  }
  return [...new Set(found)];
}

/**
 * Every leak of the secrets in the texts that `leaks` or `recoverableLeaks` finds, for one
 * `expect(allLeaks(...)).toEqual([])` that names them all.
 */
export function allLeaks(
  texts: Readonly<Record<string, string>>,
  secrets: Readonly<Record<string, readonly string[]>>,
): string[] {
  return [...leaks(texts, secrets), ...recoverableLeaks(texts, secrets)];
}
