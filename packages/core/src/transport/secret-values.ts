import type { TransportRequest } from './transport-types.js';

/**
 * The values of a request's secret headers, query parameters, form fields and top-level JSON
 * fields, with their encodings (see `withEncodings`): scrubbed from free text (client error
 * messages, URLs, what a server sends back) as a second line of defence behind the structural
 * redaction.
 */
export function secretValuesOf(
  request: Pick<TransportRequest, 'headers' | 'query' | 'form' | 'json'>,
  secretHeaders: readonly string[],
  secretFields: readonly string[],
): string[] {
  const headerNames = new Set(secretHeaders.map((name) => name.toLowerCase()));
  const fieldNames = new Set(secretFields.map((name) => name.toLowerCase()));
  const values: string[] = [];
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (headerNames.has(name.toLowerCase())) values.push(value);
  }
  for (const [name, value] of [...(request.query ?? []), ...(request.form ?? [])]) {
    if (fieldNames.has(name.toLowerCase())) values.push(value);
  }
  if (typeof request.json === 'object' && request.json !== null && !Array.isArray(request.json)) {
    for (const [name, value] of Object.entries(request.json)) {
      if (fieldNames.has(name.toLowerCase()) && (typeof value === 'string' || typeof value === 'number')) {
        values.push(String(value));
      }
    }
  }
  return withEncodings(values);
}

/**
 * Each value plus the forms a server could echo it in: percent-encoded (URL and form), JSON-escaped,
 * base64 (standard and URL-safe, with and without padding) and hex (either case).
 */
export function withEncodings(values: readonly string[]): string[] {
  const result = new Set<string>();
  for (const value of values) {
    if (value === '') continue;
    const bytes = Buffer.from(value, 'utf8');
    const base64 = bytes.toString('base64');
    const hex = bytes.toString('hex');
    for (const form of [
      value,
      encodeURIComponent(value),
      new URLSearchParams([['', value]]).toString().slice(1),
      JSON.stringify(value).slice(1, -1),
      base64,
      base64.replace(/=+$/, ''),
      bytes.toString('base64url'),
      hex,
      hex.toUpperCase(),
    ]) {
      result.add(form);
    }
  }
  return [...result];
}
