import { REDACTED, Scrubber } from './scrubber.js';

export { REDACTED } from './scrubber.js';

function nameSet(names: readonly string[]): Set<string> {
  return new Set(names.map((name) => name.toLowerCase()));
}

/** A copy of `headers` with the values of `secretHeaders` (matched in any case) replaced. */
export function redactHeaders(
  headers: Readonly<Record<string, string>>,
  secretHeaders: readonly string[],
): Record<string, string> {
  const secret = nameSet(secretHeaders);
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    result[name] = secret.has(name.toLowerCase()) ? REDACTED : value;
  }
  return result;
}

function decodeFormName(raw: string): string {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw;
  }
}

/**
 * `a=1&token=x` with the values of `secretFields` (matched in any case) replaced, other pairs kept
 * byte for byte: used for both form bodies and query strings (without the `?`).
 */
export function redactForm(text: string, secretFields: readonly string[]): string {
  if (text === '' || secretFields.length === 0) return text;
  const secret = nameSet(secretFields);
  return text
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const rawName = equals === -1 ? pair : pair.slice(0, equals);
      return secret.has(decodeFormName(rawName).toLowerCase()) ? `${rawName}=${REDACTED}` : pair;
    })
    .join('&');
}

/**
 * The URL without credentials or fragment and with secret query parameters replaced. Text that is
 * not an absolute URL is treated as a path with an optional query.
 */
export function redactUrl(url: string | URL, secretFields: readonly string[]): string {
  let text: string;
  if (typeof url === 'string' && !URL.canParse(url)) {
    text = url.split('#', 1)[0] ?? '';
  } else {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    text = `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`;
  }
  const question = text.indexOf('?');
  if (question === -1) return text;
  return `${text.slice(0, question + 1)}${redactForm(text.slice(question + 1), secretFields)}`;
}

/** A copy of a JSON value with every property named in `secretFields` (any case, any depth) replaced. */
export function redactJsonValue(value: unknown, secretFields: readonly string[]): unknown {
  const secret = nameSet(secretFields);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      result[key] = secret.has(key.toLowerCase()) ? REDACTED : walk(child);
    }
    return result;
  };
  return secretFields.length === 0 ? value : walk(value);
}

/**
 * JSON text with secret properties replaced. Text that does not parse is returned unchanged: pair
 * this with `redactText` when the secret values are known.
 */
export function redactJsonText(text: string, secretFields: readonly string[]): string {
  if (secretFields.length === 0) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  return JSON.stringify(redactJsonValue(parsed, secretFields));
}

/**
 * `text` with every occurrence of each secret value (at least 4 characters) replaced, e.g. for the
 * excerpt of an error body that may echo a token back.
 */
export function redactText(text: string, secretValues: readonly string[]): string {
  return new Scrubber(secretValues).scrub(text);
}
