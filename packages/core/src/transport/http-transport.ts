import type { CallrollError } from '../errors/callroll-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { abortable } from './abortable.js';
import { acquireAccountLimiter } from './account-limiter.js';
import {
  type AttemptSettings,
  HookFailure,
  mergeHeaders,
  type PreparedRequest,
  runAttempt,
} from './http-attempt.js';
import { createNodeHttpSender } from './node-http-sender.js';
import { redactUrl } from './redact.js';
import { encodeRequestBody } from './request-body.js';
import { resolveRequestUrl } from './request-url.js';
import { planRetry, type RetryCounts, type RetryStep } from './retry-plan.js';
import { Scrubber } from './scrubber.js';
import { secretValuesOf, withEncodings } from './secret-values.js';
import { emitEvent } from './transport-events.js';
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
  ResponseOutcome,
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

function reasonOf(error: CallrollError): string {
  const code = 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
  return `${error.kind}${code}`;
}

// The final error says how hard the transport tried, when it tried more than once.
function finalError(error: CallrollError, attempt: number, gaveUp: boolean): CallrollError {
  if (attempt > 1) {
    error.attempts = attempt;
    if (gaveUp) error.message = `${error.message} (gave up after ${attempt} attempts)`;
  }
  return error;
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
      return await retryLoop(prepared, handle, controller.signal);
    } finally {
      req.signal?.removeEventListener('abort', onCallerAbort);
      outstanding.delete(controller);
    }
  }

  async function retryLoop<T>(prepared: PreparedRequest, handle: ResponseHandler<T>, signal: AbortSignal) {
    const counts: RetryCounts = { backoff: 0, rateLimit: 0, now: 0 };
    for (let attempt = 1; ; attempt++) {
      let outcome: ResponseOutcome<T>;
      let response: TransportResponse | undefined;
      try {
        // Every attempt, retries included, waits its turn under the rate limit and concurrency bound.
        response = await limiter.queue.add(
          () => runAttempt(prepared, attempt, attemptSettings, { transport: signal }),
          {
            signal,
          },
        );
        outcome = handle(response);
      } catch (error) {
        if (error instanceof HookFailure) throw error.error;
        // p-queue rejects with the signal's reason when aborted while queued or running.
        const typed = toTransportError(error, prepared.context);
        outcome = {
          error: typed,
          retry: typed.retryable ? { kind: 'backoff', reason: reasonOf(typed) } : undefined,
        };
      }
      const step =
        outcome.retry === undefined
          ? undefined
          : planRetry(outcome.retry, response, counts, prepared.idempotent, config);
      if (step === undefined) {
        if ('value' in outcome) return outcome.value;
        throw finalError(outcome.error, attempt, outcome.retry !== undefined);
      }
      await wait(step, prepared, attempt, signal);
    }
  }

  async function wait(step: RetryStep, prepared: PreparedRequest, attempt: number, signal: AbortSignal) {
    const { provider, operation, method, logUrl: url } = prepared;
    const base = { provider, operation, method, url, attempt, reason: step.reason };
    if (step.kind === 'now') {
      emitEvent(options.onEvent, { type: 'retry', ...base, delayMs: 0 });
      return;
    }
    if (step.kind === 'pause') {
      // The whole account waits: its other requests would only meet the same full window.
      if (limiter.pause(step.delayMs))
        emitEvent(options.onEvent, { type: 'wait', ...base, delayMs: step.delayMs });
      emitEvent(options.onEvent, { type: 'retry', ...base, delayMs: step.delayMs });
      return;
    }
    emitEvent(options.onEvent, { type: 'retry', ...base, delayMs: step.delayMs });
    try {
      await abortable(config.sleep(step.delayMs, signal), signal);
    } catch (error) {
      if (signal.aborted) throw toTransportError(error, prepared.context);
      throw error;
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
