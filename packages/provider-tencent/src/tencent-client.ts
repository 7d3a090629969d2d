import {
  createHttpTransport,
  type HttpMethod,
  type HttpTransport,
  type ProviderOptions,
  type RetryDecision,
  type TransportResponse,
} from '@callroll/core';
import { TencentClock } from './tencent-clock.js';
import { readTencentError, toTencentError } from './tencent-error.js';
import { isTencentCode } from './tencent-error-codes.js';
import type { ResolvedTencentSettings } from './tencent-settings.js';
import { signTencentRequest, tencentNonce } from './tencent-signature.js';
import { PACKAGE_NAME, VERSION } from './version.js';

export interface TencentCall {
  method: HttpMethod;
  path: string;
  query?: [string, string][] | undefined;
  json?: unknown;
  signal?: AbortSignal | undefined;
  operation: string;
  /** Named in a not-found error. */
  meetingId?: string | undefined;
}

export interface TencentClient {
  /** Sends a signed request; answers the body text of a success, throws a typed error otherwise. */
  call(call: TencentCall): Promise<TransportResponse>;
  close(): Promise<void>;
  readonly clock: TencentClock;
}

// A second of slack on Tencent's per-minute window, since requests sent 60 s apart can arrive
// closer together than that.
const rateWindowMs = 61_000;

/** One Tencent account's signed HTTP client: signing, clock correction and retries. */
export function createTencentClient(
  settings: ResolvedTencentSettings,
  options: ProviderOptions = {},
): TencentClient {
  const clock = new TencentClock();
  const transport: HttpTransport = createHttpTransport({
    provider: 'tencent',
    baseURL: settings.baseURL,
    allowInsecureHttp: settings.allowInsecureHttp,
    userAgent: `${PACKAGE_NAME}/${VERSION}`,
    // Tencent counts calls per app: providers of one app (with the same limits) share one limit.
    accountKey: `tencent|${settings.baseURL}|${settings.appId}|${settings.requestsPerMinute}|${settings.concurrency}`,
    concurrency: settings.concurrency,
    rateLimit: { requests: settings.requestsPerMinute, intervalMs: rateWindowMs },
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    onEvent: options.onEvent,
    secretHeaders: ['X-TC-Signature'],
    // Every attempt is signed afresh: Tencent refuses a timestamp+nonce it has seen (190301).
    beforeAttempt: (attempt) => {
      const timestamp = clock.timestamp();
      const nonce = tencentNonce();
      Object.assign(attempt.headers, {
        'X-TC-Key': settings.secretId,
        'X-TC-Timestamp': timestamp,
        'X-TC-Nonce': nonce,
        'X-TC-Signature': signTencentRequest({
          method: attempt.method,
          secretId: settings.secretId,
          secretKey: settings.secretKey,
          nonce,
          timestamp,
          requestUri: attempt.requestUri,
          body: attempt.body,
        }),
        AppId: settings.appId,
        ...(settings.sdkId ? { SdkId: settings.sdkId } : {}),
        'X-TC-Registered': '1',
        'Content-Type': 'application/json',
      });
    },
    classifyResponse: (response) => classify(response, clock),
  });

  async function call(request: TencentCall): Promise<TransportResponse> {
    const send = () =>
      transport.request({
        method: request.method,
        path: request.path,
        query: request.query,
        json: request.json,
        signal: request.signal,
        operation: request.operation,
      });
    let response = await send();
    // A POST refused for clock skew was never carried out, so sending it again (re-signed with
    // the corrected clock) cannot do it twice. GETs were already retried by the transport.
    if (request.method !== 'GET' && isTencentCode(readTencentError(response.text)?.code, 'timestampSkew')) {
      if (clock.correctFrom(response.headers.date)) response = await send();
    }
    if (response.status >= 300 || readTencentError(response.text) !== undefined) {
      throw toTencentError(response, { meetingId: request.meetingId });
    }
    return response;
  }

  return { call, close: () => transport.close(), clock };
}

// Tencent sends many request errors (meeting not found, unknown user, ...) with HTTP 500, so
// what to retry is decided by its error code first and by the status only without one.
function classify(response: TransportResponse, clock: TencentClock): RetryDecision {
  if (response.status < 300) return { retry: false };
  const code = readTencentError(response.text)?.code;
  if (isTencentCode(code, 'timestampSkew')) {
    return clock.correctFrom(response.headers.date)
      ? { retry: true, afterMs: 0, reason: 'clock skew corrected from the Date header' }
      : { retry: false };
  }
  if (isTencentCode(code, 'replayedNonce')) return { retry: true, afterMs: 0, reason: 'nonce replayed' };
  if (code === 190310 || response.status === 429) {
    return { retry: true, afterMs: 5_000, reason: 'rate limited (190310)' };
  }
  if (code !== undefined && isRequestError(code)) return { retry: false };
  return { retry: response.status >= 500, reason: `status ${response.status}` };
}

function isRequestError(code: number): boolean {
  return (
    isTencentCode(code, 'meetingNotFound') ||
    isTencentCode(code, 'noPermission') ||
    isTencentCode(code, 'invalidParameter') ||
    isTencentCode(code, 'unregisteredUser') ||
    isTencentCode(code, 'badCredentials') ||
    isTencentCode(code, 'badSignature') ||
    isTencentCode(code, 'meetingEnded') ||
    code === 190311 ||
    code === 190313
  );
}
