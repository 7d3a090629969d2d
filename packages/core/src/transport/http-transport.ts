import { Agent, type Dispatcher } from 'undici';
import type { CallrollError } from '../errors/callroll-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { abortable } from './abortable.js';
import { acquireAccountLimiter } from './account-limiter.js';
import { backoffDelayMs } from './backoff.js';
import { readCappedBody } from './read-body.js';
import { REDACTED, redactHeaders, redactText, redactUrl } from './redact.js';
import { encodeRequestBody } from './request-body.js';
import { resolveRequestUrl } from './request-url.js';
import { parseRetryAfterMs } from './retry-after.js';
import { secretValuesOf, withEncodings } from './secret-values.js';
import { cutForLog, emitEvent } from './transport-events.js';
import { describeRequest, type FailureContext, toTransportError } from './transport-failure.js';
import { checkTimeoutMs, resolveTransportOptions } from './transport-options.js';
import type {
  HttpTransport,
  HttpTransportOptions,
  PreparedAttempt,
  TransportEvent,
  TransportRequest,
  TransportResponse,
} from './transport-types.js';

// Re-exported so that the transport's entry point names its own option and result types.
export type { HttpTransport, HttpTransportOptions } from './transport-types.js';

/** Carries an error thrown by `beforeAttempt` past the network-error mapping, to be rethrown as is. */
class HookFailure {
  constructor(readonly error: unknown) {}
}

type AttemptOutcome = { response: TransportResponse } | { error: CallrollError };

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

// Header names keep the case they were given (some providers document case-sensitive names);
// a later name replaces an earlier one that differs only in case, so nothing is sent twice.
function mergeHeaders(...sources: (Readonly<Record<string, string>> | undefined)[]): Record<string, string> {
  const byLowerName = new Map<string, [string, string]>();
  for (const source of sources) {
    for (const [name, value] of Object.entries(source ?? {}))
      byLowerName.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(byLowerName.values());
}

function parseContentLength(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/**
 * An HTTP client for one provider account: keep-alive connections, a rate limit and a concurrency
 * bound shared by all its requests, retries with backoff for idempotent requests, a per-attempt
 * timeout, a cap on response size, and events with secrets redacted.
 */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const { provider, beforeAttempt, onEvent } = options;
  const config = resolveTransportOptions(options);
  const { secretHeaders, secretFields } = config;
  const ownsDispatcher = options.dispatcher === undefined;
  // Our own timer covers headers and body, so undici's own (300 s) timeouts are switched off.
  const dispatcher: Dispatcher = options.dispatcher ?? new Agent({ headersTimeout: 0, bodyTimeout: 0 });
  const limiter = acquireAccountLimiter(options.accountKey, config);
  const { queue } = limiter;
  // One controller per outstanding request, so that `close()` can cancel them all.
  const outstanding = new Set<AbortController>();
  let closing: Promise<void> | undefined;

  async function request(req: TransportRequest): Promise<TransportResponse> {
    const { method, operation } = req;
    const url = resolveRequestUrl(config.baseUrl, req.path, req.query, provider);
    const requestUri = `${url.pathname}${url.search}`;
    const body = encodeRequestBody(req, secretFields, provider);
    const secretValues = secretValuesOf(req, secretHeaders, secretFields);
    const logUrl = redactText(redactUrl(url, secretFields), secretValues);
    const idempotent = req.idempotent ?? method === 'GET';
    const timeoutMs = req.timeoutMs ?? config.timeoutMs;
    const timeoutIssue = checkTimeoutMs(timeoutMs, 'timeoutMs');
    if (timeoutIssue !== undefined) throw new InvalidInputError({ provider, issues: [timeoutIssue] });
    const baseHeaders: Record<string, string> = mergeHeaders(
      {
        'user-agent': config.userAgent,
        ...(body.contentType === undefined ? {} : { 'content-type': body.contentType }),
      },
      req.headers,
    );
    const controller = new AbortController();
    const context: FailureContext = {
      provider,
      method,
      url: logUrl,
      operation,
      timeoutMs,
      callerSignal: req.signal,
      closedSignal: controller.signal,
      secretValues,
    };
    if (closing !== undefined) controller.abort(new DOMException('The transport was closed', 'AbortError'));
    if (req.signal?.aborted || controller.signal.aborted) {
      throw toTransportError(req.signal?.reason ?? controller.signal.reason, context);
    }
    const eventBase = { provider, operation, method, url: logUrl };
    const emit = (event: TransportEvent): void => emitEvent(onEvent, event);

    async function runAttempt(attempt: number): Promise<TransportResponse> {
      const started = performance.now();
      const timer = new AbortController();
      const timeout = setTimeout(
        () => timer.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError')),
        timeoutMs,
      );
      const signal = AbortSignal.any([controller.signal, timer.signal]);
      let status: number | undefined;
      let attemptSecrets = secretValues;
      try {
        const prepared: PreparedAttempt = {
          method,
          url: new URL(url),
          requestUri,
          body: body.text,
          attempt,
          headers: { ...baseHeaders },
        };
        if (beforeAttempt !== undefined) {
          try {
            await abortable(
              Promise.resolve().then(() => beforeAttempt(prepared)),
              signal,
            );
          } catch (error) {
            if (signal.aborted) throw error;
            throw new HookFailure(error);
          }
        }
        const headers = mergeHeaders(prepared.headers);
        // Signatures the hook added are secret too, and must not leak through free text either.
        const hookSecrets = Object.entries(headers)
          .filter(([name]) => secretHeaders.some((secret) => secret.toLowerCase() === name.toLowerCase()))
          .map(([, value]) => value);
        attemptSecrets = [...secretValues, ...withEncodings(hookSecrets)];
        const loggedHeaders = redactHeaders(headers, secretHeaders);
        for (const [name, value] of Object.entries(loggedHeaders)) {
          if (value !== REDACTED) loggedHeaders[name] = redactText(value, attemptSecrets);
        }
        emit({
          type: 'request',
          ...eventBase,
          attempt,
          headers: loggedHeaders,
          body: body.text === '' ? undefined : cutForLog(redactText(body.redacted, attemptSecrets)),
        });
        const response = await dispatcher.request({
          origin: url.origin,
          path: requestUri,
          method,
          headers,
          body: body.text === '' ? null : body.text,
          idempotent,
          signal,
        });
        status = response.statusCode;
        const responseHeaders = flattenHeaders(response.headers);
        const read = await readCappedBody(
          response.body,
          config.maxResponseBytes,
          parseContentLength(responseHeaders['content-length']),
        );
        if (!read.ok) {
          throw new InvalidResponseError({
            provider,
            status,
            field: '(body)',
            retryable: false,
            message: `${describeRequest(context)}: the response body exceeds the size cap of ${config.maxResponseBytes} bytes (maxResponseBytes)`,
          });
        }
        emit({
          type: 'response',
          ...eventBase,
          attempt,
          status,
          durationMs: Math.round(performance.now() - started),
          bytes: read.bytes,
        });
        return {
          status,
          headers: responseHeaders,
          text: read.text,
          request: { method, url: logUrl, operation },
          attempts: attempt,
        };
      } catch (error) {
        if (error instanceof HookFailure) throw error;
        const typed = toTransportError(error, {
          ...context,
          status,
          timeoutSignal: timer.signal,
          secretValues: attemptSecrets,
        });
        emit({
          type: 'error',
          ...eventBase,
          attempt,
          kind: typed.kind,
          message: typed.message,
          durationMs: Math.round(performance.now() - started),
        });
        throw typed;
      } finally {
        clearTimeout(timeout);
      }
    }

    /** The wait before the next attempt, or `undefined` when this outcome is final. */
    function retryDelay(
      outcome: AttemptOutcome,
      attempt: number,
    ): { delayMs: number; reason: string } | undefined {
      if (!idempotent || attempt > config.maxRetries) return undefined;
      const backoff = backoffDelayMs({ ...config, attempt });
      if ('error' in outcome) {
        const { error } = outcome;
        if (!error.retryable) return undefined;
        const code = 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
        return { delayMs: backoff, reason: `${error.kind}${code}` };
      }
      const { response } = outcome;
      const decision = config.classifyResponse(response);
      if (!decision.retry) return undefined;
      const required = Math.max(
        parseRetryAfterMs(response.headers['retry-after']) ?? 0,
        decision.afterMs ?? 0,
      );
      // A server that asks for a long pause gets its response returned: the caller decides.
      if (required > config.maxRetryAfterMs) return undefined;
      return { delayMs: Math.max(backoff, required), reason: decision.reason ?? `status ${response.status}` };
    }

    const onCallerAbort = (): void => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onCallerAbort, { once: true });
    outstanding.add(controller);
    try {
      for (let attempt = 1; ; attempt++) {
        let outcome: AttemptOutcome;
        try {
          // Every attempt, retries included, waits its turn under the rate limit and concurrency bound.
          outcome = { response: await queue.add(() => runAttempt(attempt), { signal: controller.signal }) };
        } catch (error) {
          if (error instanceof HookFailure) throw error.error;
          // p-queue rejects with the signal's reason when aborted while queued or running.
          outcome = { error: toTransportError(error, context) };
        }
        const retry = retryDelay(outcome, attempt);
        if (retry === undefined) {
          if ('error' in outcome) throw outcome.error;
          return outcome.response;
        }
        emit({ type: 'retry', ...eventBase, attempt, delayMs: retry.delayMs, reason: retry.reason });
        try {
          await abortable(config.sleep(retry.delayMs, controller.signal), controller.signal);
        } catch (error) {
          if (controller.signal.aborted) throw toTransportError(error, context);
          throw error;
        }
      }
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
      if (!limiter.shared) queue.clear();
      limiter.release();
      closing = ownsDispatcher ? dispatcher.close() : Promise.resolve();
    }
    await closing;
  }

  return { request, close };
}
