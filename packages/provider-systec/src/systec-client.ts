import {
  createHttpTransport,
  type ProviderOptions,
  type RetryDecision,
  type TransportResponse,
} from '@callroll/core';
import { readSystecFailure, toSystecError } from './systec-error.js';
import type { ResolvedSystecSettings } from './systec-settings.js';
import { PACKAGE_NAME, VERSION } from './version.js';

export interface SystecCall {
  path: string;
  /** Form fields besides the credentials. */
  form: [string, string][];
  signal?: AbortSignal | undefined;
  operation: string;
}

export interface SystecClient {
  /** POSTs a form with the credentials; answers a success, throws a typed error otherwise. */
  call(call: SystecCall): Promise<TransportResponse>;
  close(): Promise<void>;
}

/**
 * One Systec account's HTTP client. Every call is a form POST with `api_key` and `api_secret` in
 * the body, never in the URL where proxies and logs would keep the secret. The reports calls only
 * read, so they are marked idempotent and retried like GETs.
 */
export function createSystecClient(
  settings: ResolvedSystecSettings,
  options: ProviderOptions = {},
): SystecClient {
  const transport = createHttpTransport({
    provider: 'systec',
    baseURL: settings.baseURL,
    allowInsecureHttp: settings.allowInsecureHttp,
    userAgent: `${PACKAGE_NAME}/${VERSION}`,
    accountKey: `systec|${settings.baseURL}|${settings.apiKey}|${settings.requestsPerMinute}|${settings.concurrency}`,
    concurrency: settings.concurrency,
    rateLimit: { requests: settings.requestsPerMinute, intervalMs: 60_000 },
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    onEvent: options.onEvent,
    secretFields: ['api_secret'],
    classifyResponse: classify,
  });

  async function call(request: SystecCall): Promise<TransportResponse> {
    const response = await transport.request({
      method: 'POST',
      path: request.path,
      form: [['api_key', settings.apiKey], ['api_secret', settings.apiSecret], ...request.form],
      idempotent: true,
      signal: request.signal,
      operation: request.operation,
    });
    const failure = readSystecFailure(response);
    if (failure) throw toSystecError(response, failure);
    return response;
  }

  return { call, close: () => transport.close() };
}

// Systec answers failures inside a 200 envelope; retry only what says "slow down" or a 5xx.
function classify(response: TransportResponse): RetryDecision {
  const failure = readSystecFailure(response);
  if (!failure) return { retry: false };
  const error = toSystecError(response, failure);
  if (error.kind === 'rate-limited') return { retry: true, afterMs: 1000, reason: 'asked to slow down' };
  return { retry: response.status >= 500, reason: `status ${response.status}` };
}
