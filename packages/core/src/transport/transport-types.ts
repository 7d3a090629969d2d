import type { Agent } from 'node:http';
import type { CallrollError } from '../errors/callroll-error.js';
import type { ProviderId } from '../model/provider-id.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request as a provider describes it; the transport resolves it against its base URL. */
export interface TransportRequest {
  method: HttpMethod;
  /** Path relative to the base URL, e.g. `v1/meetings/123`; already encoded by the caller. */
  path: string;
  /** Query parameters, appended in the given order (signatures depend on the exact order). */
  query?: ReadonlyArray<readonly [string, string]> | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  /** A JSON body (serialised once, so that a signature covers the exact bytes sent). */
  json?: unknown;
  /** A form body (`application/x-www-form-urlencoded`), fields in the given order. */
  form?: ReadonlyArray<readonly [string, string]> | undefined;
  /**
   * Whether the request may be repeated safely. Defaults to true for GET, false otherwise; a
   * non-idempotent request is never retried.
   */
  idempotent?: boolean | undefined;
  /** Overrides the transport's per-request timeout for this request. */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** A short name for logs, e.g. `listPhoneCallouts`. */
  operation?: string | undefined;
}

/** One attempt as it is about to be sent: what a `beforeAttempt` hook may add headers to. */
export interface PreparedAttempt {
  readonly method: HttpMethod;
  readonly url: URL;
  /** The request URI as sent on the wire: path and query, e.g. `/v1/x?a=1`. */
  readonly requestUri: string;
  /** The exact body bytes that will be sent, as text (`''` for none). */
  readonly body: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** Mutable: the hook sets signature headers here. Names are sent in lower case. */
  headers: Record<string, string>;
}

export interface TransportResponse {
  status: number;
  /** Names in lower case; repeated headers joined with `, `. */
  headers: Readonly<Record<string, string>>;
  /** The body as UTF-8 text, already capped at `maxResponseBytes`. */
  text: string;
  /** The request that produced this response, as sent, for error messages (redacted). */
  request: { method: HttpMethod; url: string; operation?: string | undefined };
  attempts: number;
  /**
   * Scrubs the secrets this attempt knew (the account's, the request's, its signature) from text
   * decoded out of the body, which the scrubbing of `text` could not see (JSON `\u` escapes).
   */
  scrub?: ((text: string) => string) | undefined;
}

/** What a provider tells the transport about a response before it is returned. */
export type RetryDecision =
  | { retry: false }
  | {
      retry: true;
      /** Wait at least this long (e.g. from a documented rate-limit window). */
      afterMs?: number | undefined;
      /** Re-run the hook's clock correction etc.; informational for logs. */
      reason?: string | undefined;
    };

/**
 * How a failed attempt may be tried again. `backoff`: a passing fault (a 5xx, an unreadable or cut
 * body), retried with backoff within `maxRetries`, idempotent requests only. `rate-limit`: the
 * service's window is full; the account's queue waits for it to reopen (Retry-After, else
 * `afterMs`, else the transport's `rateLimitWindowMs`), within `maxRateLimitWaits`, idempotent
 * requests only. `now`: the service refused the attempt before doing anything and a fresh one
 * fixes it (a clock corrected, a nonce replayed), at most twice, any method.
 */
export type RetryRequest =
  | { kind: 'backoff'; afterMs?: number | undefined; reason?: string | undefined }
  | { kind: 'rate-limit'; afterMs?: number | undefined; reason?: string | undefined }
  | { kind: 'now'; reason: string };

/**
 * What a response handler makes of one response: a value, or a typed error; either may ask for
 * another attempt, and is the result when none is allowed.
 */
export type ResponseOutcome<T> =
  | { value: T; retry?: RetryRequest | undefined }
  | { error: CallrollError; retry?: RetryRequest | undefined };

/** Reads one response (its body already scrubbed of the account's secrets) into an outcome. */
export type ResponseHandler<T> = (response: TransportResponse) => ResponseOutcome<T>;

export type TransportEvent =
  | {
      type: 'request';
      provider: ProviderId;
      operation?: string | undefined;
      attempt: number;
      method: HttpMethod;
      /** The URL with secret query parameters replaced by `[REDACTED]`. */
      url: string;
      /** Headers with secret ones replaced by `[REDACTED]`. */
      headers: Record<string, string>;
      /** The body with secret form/JSON fields replaced by `[REDACTED]`, cut to 2 KiB. */
      body?: string | undefined;
    }
  | {
      type: 'response';
      provider: ProviderId;
      operation?: string | undefined;
      attempt: number;
      method: HttpMethod;
      url: string;
      status: number;
      durationMs: number;
      bytes: number;
    }
  | {
      type: 'retry';
      provider: ProviderId;
      operation?: string | undefined;
      attempt: number;
      method: HttpMethod;
      url: string;
      delayMs: number;
      reason: string;
    }
  | {
      /** The account's queue waits for a rate-limit window to reopen (once per wait, not per request). */
      type: 'wait';
      provider: ProviderId;
      operation?: string | undefined;
      attempt: number;
      method: HttpMethod;
      url: string;
      delayMs: number;
      reason: string;
    }
  | {
      type: 'error';
      provider: ProviderId;
      operation?: string | undefined;
      attempt: number;
      method: HttpMethod;
      url: string;
      kind: string;
      message: string;
      durationMs: number;
    };

export type TransportEventListener = (event: TransportEvent) => void;

/** Decides whether a response should be retried; the default retries 429, 500, 502, 503 and 504. */
export type ResponseClassifier = (response: TransportResponse) => RetryDecision;

/** Waits `ms` milliseconds; rejects when `signal` aborts. Injectable so tests need not wait. */
export type SleepFunction = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A per-transport request budget: at most `requests` attempts started in any `intervalMs` window. */
export interface RateLimit {
  requests: number;
  intervalMs: number;
}

export interface HttpTransportOptions {
  provider: ProviderId;
  /** Must be `https://`; plain `http://` only to loopback hosts unless `allowInsecureHttp` is set. */
  baseURL: string;
  allowInsecureHttp?: boolean | undefined;
  /** Prepended to `@callroll/core/<version>` in the `User-Agent` header. */
  userAgent?: string | undefined;
  /** Per attempt, covering the headers and the whole body. Default 30 000. */
  timeoutMs?: number | undefined;
  /** Retries of passing faults after the first attempt, for idempotent requests only. Default 6. */
  maxRetries?: number | undefined;
  /** Waits for a full rate-limit window to reopen, per request (idempotent only). Default 3. */
  maxRateLimitWaits?: number | undefined;
  /**
   * How long a rate-limit answer without Retry-After waits: the service's window. Default: the
   * `rateLimit` interval, else 60 000.
   */
  rateLimitWindowMs?: number | undefined;
  /** Full-jitter exponential backoff: `random() * min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))`. */
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  /** A response asking for a longer wait than this (`Retry-After`, `afterMs`) is returned, not retried. */
  maxRetryAfterMs?: number | undefined;
  classifyResponse?: ResponseClassifier | undefined;
  /** Called before every attempt, retries included, e.g. to sign with a fresh nonce and timestamp. */
  beforeAttempt?: ((attempt: PreparedAttempt) => void | Promise<void>) | undefined;
  /**
   * Transports with the same key in one process share one rate limit and concurrency bound, so
   * that two providers for one account do not together exceed the account's limit. Name the
   * provider, service URL and account, e.g. `tencent|https://api.meeting.qq.com|200000001`.
   */
  accountKey?: string | undefined;
  /** Default: no rate limit. Every attempt counts, retries included. */
  rateLimit?: RateLimit | false | undefined;
  /** Attempts in flight at once. Default 8. */
  concurrency?: number | undefined;
  /** Responses with a longer body fail with `InvalidResponseError`. Default 16 MiB. */
  maxResponseBytes?: number | undefined;
  /**
   * Use this keep-alive agent (a `node:https` Agent for https://) instead of the transport's own;
   * `close()` leaves it open.
   */
  agent?: Agent | undefined;
  /** Receives events with secrets already redacted; a listener that throws is ignored. */
  onEvent?: TransportEventListener | undefined;
  /** Header names (any case) whose values never appear in events. */
  secretHeaders?: readonly string[] | undefined;
  /**
   * Secret values the account holds (keys a hook signs with, say) though no request carries them:
   * scrubbed, with their encodings, from every response body, error and event, as the secret
   * headers and fields of each request are.
   */
  secrets?: readonly string[] | undefined;
  /** Query parameters, form fields and JSON keys whose values never appear in events. */
  secretFields?: readonly string[] | undefined;
  sleep?: SleepFunction | undefined;
  /** A number in [0, 1) for the backoff jitter. Default `Math.random`. */
  random?: (() => number) | undefined;
}

export interface HttpTransport {
  /**
   * Sends the request, retrying as configured. Resolves with any response, 2xx or not; rejects with
   * `NetworkError`, `TimeoutError`, `AbortedError`, `InvalidResponseError` or `InvalidInputError`.
   */
  request(request: TransportRequest): Promise<TransportResponse>;
  /**
   * Sends the request and reads each response with `handle`, retrying as its outcomes ask (within
   * the budgets above); resolves with the value or rejects with the typed error of the last attempt.
   */
  send<T>(request: TransportRequest, handle: ResponseHandler<T>): Promise<T>;
  /** Cancels outstanding requests (they reject with `AbortedError`) and closes the own agent. */
  close(): Promise<void>;
}
