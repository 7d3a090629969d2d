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
  /** Mutable: the hook sets signature headers here. */
  headers: Record<string, string>;
}

export interface TransportResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  /** The body as UTF-8 text, already capped at `maxResponseBytes`. */
  text: string;
  /** The request that produced this response, as sent, for error messages (redacted). */
  request: { method: HttpMethod; url: string; operation?: string | undefined };
  attempts: number;
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
