import { InvalidInputError } from '../errors/invalid-input-error.js';
import { acquireAccountLimiter } from './account-limiter.js';
import { type AttemptSettings, mergeHeaders, type PreparedRequest } from './http-attempt.js';
import { createNodeHttpSender } from './node-http-sender.js';
import { redactUrl } from './redact.js';
import { encodeRequestBody } from './request-body.js';
import { resolveRequestUrl } from './request-url.js';
import { type RetryLoop, retryLoop } from './retry-loop.js';
import { Scrubber } from './scrubber.js';
import { secretValuesOf, withEncodings } from './secret-values.js';
import { toTransportError } from './transport-failure.js';
import {
  checkTimeoutMs,
  type ResolvedTransportOptions,
  resolveTransportOptions,
} from './transport-options.js';
import type {
  HttpTransport,
  HttpTransportOptions,
  ResponseClassifier,
  ResponseHandler,
  TransportRequest,
  TransportResponse,
} from './transport-types.js';

// Re-exported so that the transport's entry point names its own option and result types.
export type { HttpTransport, HttpTransportOptions } from './transport-types.js';

/** `request()`'s handler: every response is the answer, retried first where the classifier says. */
function classifierHandler(classify: ResponseClassifier): ResponseHandler<TransportResponse> {
  return (response) => {
    const decision = classify(response);
    return decision.retry
      ? { value: response, retry: { kind: 'backoff', afterMs: decision.afterMs, reason: decision.reason } }
      : { value: response };
  };
}

/** Resolves and encodes a request once, before any attempt; bad input throws here. */
function prepareRequest(
  req: TransportRequest,
  config: ResolvedTransportOptions,
  accountSecrets: Scrubber,
  closedSignal: AbortSignal,
): PreparedRequest {
  const { provider } = config;
  const { method, operation } = req;
  const url = resolveRequestUrl(config.baseUrl, req.path, req.query, provider);
  const body = encodeRequestBody(req, config.secretFields, provider);
  const scrubber = accountSecrets.with(secretValuesOf(req, config.secretHeaders, config.secretFields));
  const logUrl = scrubber.scrub(redactUrl(url, config.secretFields));
  const timeoutMs = req.timeoutMs ?? config.timeoutMs;
  const timeoutIssue = checkTimeoutMs(timeoutMs, 'timeoutMs');
  if (timeoutIssue !== undefined) throw new InvalidInputError({ provider, issues: [timeoutIssue] });
  const baseHeaders = mergeHeaders(
    {
      'user-agent': config.userAgent,
      ...(body.contentType === undefined ? {} : { 'content-type': body.contentType }),
    },
    req.headers,
  );
  return {
    provider,
    method,
    operation,
    url,
    requestUri: `${url.pathname}${url.search}`,
    logUrl,
    body,
    baseHeaders,
    idempotent: req.idempotent ?? method === 'GET',
    timeoutMs,
    scrubber,
    context: {
      provider,
      method,
      url: logUrl,
      operation,
      timeoutMs,
      callerSignal: req.signal,
      closedSignal,
      scrubber,
    },
  };
}

/**
 * An HTTP client for one provider account: keep-alive connections, a rate limit and a concurrency
 * bound shared by all its requests (and paused together when the service says its window is
 * full), retries of passing faults with backoff for idempotent requests, a per-attempt timeout, a
 * cap on response size, and bodies, errors and events scrubbed of every secret it knows.
 */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const config = resolveTransportOptions(options);
  // Our own timer covers headers and body; an injected agent is the caller's to close.
  const sender = createNodeHttpSender(options.agent);
  const limiter = acquireAccountLimiter(options.accountKey, config);
  const accountSecrets = new Scrubber(withEncodings(options.secrets ?? []));
  const attemptSettings: AttemptSettings = {
    sender,
    maxResponseBytes: config.maxResponseBytes,
    secretHeaders: config.secretHeaders,
    beforeAttempt: options.beforeAttempt,
    onEvent: options.onEvent,
  };
  const loop: RetryLoop = { limiter, attemptSettings, config, onEvent: options.onEvent };
  // One controller per outstanding request, so that `close()` can cancel them all.
  const outstanding = new Set<AbortController>();
  let closing: Promise<void> | undefined;

  async function send<T>(req: TransportRequest, handle: ResponseHandler<T>): Promise<T> {
    const controller = new AbortController();
    const prepared = prepareRequest(req, config, accountSecrets, controller.signal);
    if (closing !== undefined) controller.abort(new DOMException('The transport was closed', 'AbortError'));
    if (req.signal?.aborted || controller.signal.aborted) {
      throw toTransportError(req.signal?.reason ?? controller.signal.reason, prepared.context);
    }
    const onCallerAbort = (): void => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onCallerAbort, { once: true });
    outstanding.add(controller);
    try {
      return await retryLoop(loop, prepared, handle, controller.signal);
    } finally {
      req.signal?.removeEventListener('abort', onCallerAbort);
      outstanding.delete(controller);
    }
  }

  async function close(): Promise<void> {
    if (closing === undefined) {
      const reason = new DOMException('The transport was closed', 'AbortError');
      for (const controller of outstanding) controller.abort(reason);
      // Our aborted requests leave the queue by themselves; a shared queue keeps the others'.
      if (!limiter.shared) limiter.queue.clear();
      limiter.release();
      closing = sender.close();
    }
    await closing;
  }

  return {
    request: (req) => send(req, classifierHandler(config.classifyResponse)),
    send,
    close,
  };
}
