import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { ProviderId } from '../model/provider-id.js';
import { isLoopbackHost } from './is-loopback-host.js';

export interface BaseUrlOptions {
  provider: ProviderId;
  allowInsecureHttp?: boolean | undefined;
}

function invalid(provider: ProviderId, problem: string): InvalidInputError {
  // The value itself stays out of the message: a base URL may carry a tenant or a token.
  return new InvalidInputError({ provider, issues: [{ field: 'baseURL', problem }] });
}

/**
 * Checks a transport's base URL and returns it with a trailing slash on the path, so that a
 * request path `v1/x` is appended to it rather than replacing its last segment.
 */
export function parseBaseUrl(baseURL: string, { provider, allowInsecureHttp }: BaseUrlOptions): URL {
  if (!URL.canParse(baseURL)) throw invalid(provider, 'is not an absolute URL');
  const url = new URL(baseURL);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(provider, `must use https:, not ${url.protocol}`);
  }
  if (url.protocol === 'http:' && allowInsecureHttp !== true && !isLoopbackHost(url.hostname)) {
    throw invalid(
      provider,
      'plain http:// is only allowed to a loopback host (set allowInsecureHttp to override); use https://',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw invalid(provider, 'must not contain credentials (they would be logged); use headers');
  }
  if (url.search !== '' || url.hash !== '') {
    throw invalid(provider, 'must not contain a query or fragment; pass query parameters per request');
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}
