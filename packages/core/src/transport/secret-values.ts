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
 * Each value plus the forms a server could echo it in, alone or inside a larger text it encodes as
 * a whole: percent-encoded (once or twice, URL and form style), JSON-escaped (once or twice), hex
 * (either case), and base64 (standard and URL-safe) at each of the three byte offsets it could sit
 * at — for an embedded value, the run of base64 characters that depend on its bytes alone.
 */
export function withEncodings(values: readonly string[]): string[] {
  const result = new Set<string>();
  for (const value of values) {
    if (value === '') continue;
    const formEncoded = new URLSearchParams([['', value]]).toString().slice(1);
    const jsonEscaped = JSON.stringify(value).slice(1, -1);
    // Escaped twice: a JSON document echoed inside a JSON string (a message quoting the request).
    const jsonTwice = JSON.stringify(jsonEscaped).slice(1, -1);
    const bases = new Set([value, encodeURIComponent(value), formEncoded, jsonEscaped, jsonTwice]);
    for (const base of bases) {
      const bytes = Buffer.from(base, 'utf8');
      result.add(base);
      result.add(encodeURIComponent(base));
      result.add(bytes.toString('hex'));
      result.add(bytes.toString('hex').toUpperCase());
      for (const form of base64Runs(bytes)) result.add(form);
    }
  }
  return [...result];
}

/** The base64 of `bytes` alone (padded and not), and the runs fixed by them at offsets 0, 1 and 2. */
function base64Runs(bytes: Buffer): string[] {
  const whole = bytes.toString('base64');
  const runs = [whole, whole.replace(/=+$/, ''), bytes.toString('base64url')];
  for (let offset = 0; offset < 3; offset++) {
    const shifted = Buffer.concat([Buffer.alloc(offset), bytes]);
    const first = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    if (end - first < 4) continue;
    runs.push(shifted.toString('base64').slice(first, end), shifted.toString('base64url').slice(first, end));
  }
  return runs;
}
