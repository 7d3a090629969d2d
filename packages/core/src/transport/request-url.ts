import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { ProviderId } from '../model/provider-id.js';

// RFC 3986 unreserved characters only: `encodeURIComponent` leaves `!'()*` alone, which some
// signature schemes and the WHATWG URL parser treat differently.
function encodeComponent(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `a=1&b=x%20y`: the pairs in the given order, percent-encoded. */
export function encodeQuery(query: ReadonlyArray<readonly [string, string]>): string {
  return query.map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(value)}`).join('&');
}

/**
 * The absolute URL of a request: `path` (already encoded, leading slashes ignored) resolved under
 * the base URL's path, then `query` appended in order.
 */
export function resolveRequestUrl(
  base: URL,
  path: string,
  query: ReadonlyArray<readonly [string, string]> | undefined,
  provider: ProviderId,
): URL {
  // `//host/x` would otherwise name another host, and `/x` would drop the base path.
  const relative = path.replace(/^\/+/, '');
  const url = new URL(relative, base);
  if (url.origin !== base.origin || url.hash !== '') {
    throw new InvalidInputError({
      provider,
      issues: [{ field: 'path', problem: 'must be a path under the base URL, without a fragment' }],
    });
  }
  const encoded = query === undefined ? '' : encodeQuery(query);
  if (encoded !== '') url.search = url.search === '' ? encoded : `${url.search.slice(1)}&${encoded}`;
  return url;
}
