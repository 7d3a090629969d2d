import type { TransportRequest } from './transport-types.js';

/**
 * The values of a request's secret headers, query parameters, form fields and top-level JSON
 * fields, raw and percent-encoded: scrubbed from free text (client error messages, URLs) as a
 * second line of defence behind the structural redaction.
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

/** Each value plus the forms it takes in a URL or a form body. */
export function withEncodings(values: readonly string[]): string[] {
  const result = new Set<string>();
  for (const value of values) {
    result.add(value);
    result.add(encodeURIComponent(value));
    result.add(new URLSearchParams([['', value]]).toString().slice(1));
  }
  return [...result];
}
