import { InvalidResponseError } from '../errors/invalid-response-error.js';
import type { ProviderId } from '../model/provider-id.js';
import { abortable } from './abortable.js';
import type { HttpSender } from './node-http-sender.js';
import { type BodyStream, readCappedBody } from './read-body.js';
import { REDACTED, redactHeaders } from './redact.js';
import type { EncodedBody } from './request-body.js';
import type { Scrubber } from './scrubber.js';
import { withEncodings } from './secret-values.js';
import { cutForLog, emitEvent } from './transport-events.js';
import { describeRequest, type FailureContext, toTransportError } from './transport-failure.js';
import type {
  HttpMethod,
  PreparedAttempt,
  TransportEventListener,
  TransportResponse,
} from './transport-types.js';

/** Carries an error thrown by `beforeAttempt` past the network-error mapping, to be rethrown as is. */
export class HookFailure {
  constructor(readonly error: unknown) {}
}

/** One request, resolved and encoded once; each attempt sends it afresh. */
export interface PreparedRequest {
  provider: ProviderId;
  method: HttpMethod;
  operation: string | undefined;
  url: URL;
  requestUri: string;
  /** The URL for messages and events, secrets replaced. */
  logUrl: string;
  body: EncodedBody;
  baseHeaders: Record<string, string>;
  idempotent: boolean;
  timeoutMs: number;
  /** The account's and the request's secret values, with their encodings. */
  scrubber: Scrubber;
  context: FailureContext;
}

export interface AttemptSettings {
  sender: HttpSender;
  maxResponseBytes: number;
  secretHeaders: readonly string[];
  beforeAttempt: ((attempt: PreparedAttempt) => void | Promise<void>) | undefined;
  onEvent: TransportEventListener | undefined;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

// Header names keep the case they were given (some providers document case-sensitive names);
// a later name replaces an earlier one that differs only in case, so nothing is sent twice.
export function mergeHeaders(
  ...sources: (Readonly<Record<string, string>> | undefined)[]
): Record<string, string> {
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

/** Runs the hook (signing, say), then returns the headers to send and the attempt's scrubber. */
async function prepareAttempt(
  request: PreparedRequest,
  attempt: number,
  settings: AttemptSettings,
  signal: AbortSignal,
): Promise<{ headers: Record<string, string>; scrubber: Scrubber }> {
  const prepared: PreparedAttempt = {
    method: request.method,
    url: new URL(request.url),
    requestUri: request.requestUri,
    body: request.body.text,
    attempt,
    headers: { ...request.baseHeaders },
  };
  if (settings.beforeAttempt !== undefined) {
    const hook = settings.beforeAttempt;
    try {
      await abortable(
        Promise.resolve().then(() => hook(prepared)),
        signal,
      );
    } catch (error) {
      if (signal.aborted) throw error;
      throw new HookFailure(error);
    }
  }
  const headers = mergeHeaders(prepared.headers);
  // Signatures the hook added are secret too, and must not leak through free text either.
  const secretNames = new Set(settings.secretHeaders.map((name) => name.toLowerCase()));
  const hookSecrets = Object.entries(headers)
    .filter(([name]) => secretNames.has(name.toLowerCase()))
    .map(([, value]) => value);
  return { headers, scrubber: request.scrubber.with(withEncodings(hookSecrets)) };
}

/** The request's event: secret headers redacted, anything else scrubbed of the attempt's secrets. */
function emitRequestEvent(
  request: PreparedRequest,
  attempt: number,
  prepared: { headers: Record<string, string>; scrubber: Scrubber },
  settings: AttemptSettings,
): void {
  if (settings.onEvent === undefined) return;
  const { provider, method, operation, logUrl: url } = request;
  const { scrubber } = prepared;
  const loggedHeaders = redactHeaders(prepared.headers, settings.secretHeaders);
  for (const [name, value] of Object.entries(loggedHeaders)) {
    if (value !== REDACTED) loggedHeaders[name] = scrubber.scrub(value);
  }
  emitEvent(settings.onEvent, {
    type: 'request',
    provider,
    operation,
    method,
    url,
    attempt,
    headers: loggedHeaders,
    body: request.body.text === '' ? undefined : cutForLog(scrubber.scrub(request.body.redacted)),
  });
}

/** The whole body, or a refusal naming the size cap when the answer is larger. */
async function readWholeBody(
  request: PreparedRequest,
  body: BodyStream,
  status: number,
  headers: Record<string, string>,
  cap: number,
): Promise<{ text: string; bytes: number }> {
  const read = await readCappedBody(body, cap, parseContentLength(headers['content-length']));
  if (read.ok) return read;
  throw new InvalidResponseError({
    provider: request.provider,
    status,
    field: '(body)',
    sizeCapBytes: cap,
    message: `${describeRequest(request.context)}: the response is larger than the size cap of ${cap} bytes (maxResponseBytes); it was not read`,
  });
}

/**
 * One HTTP exchange: the hook, the request, the whole body (capped), and its events. The body
 * comes back scrubbed of every secret the attempt knows, so nothing a server echoes goes further.
 */
export async function runAttempt(
  request: PreparedRequest,
  attempt: number,
  settings: AttemptSettings,
  signals: { transport: AbortSignal },
): Promise<TransportResponse> {
  const { provider, method, operation, logUrl: url, timeoutMs } = request;
  const eventBase = { provider, operation, method, url };
  const started = performance.now();
  const timer = new AbortController();
  const timeout = setTimeout(
    () => timer.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  const signal = AbortSignal.any([signals.transport, timer.signal]);
  let status: number | undefined;
  let scrubber = request.scrubber;
  try {
    const prepared = await prepareAttempt(request, attempt, settings, signal);
    scrubber = prepared.scrubber;
    emitRequestEvent(request, attempt, prepared, settings);
    const bodyText = request.body.text;
    const response = await settings.sender.send({
      url: request.url,
      method,
      headers: prepared.headers,
      body: bodyText === '' ? null : bodyText,
      signal,
    });
    status = response.status;
    const headers = flattenHeaders(response.headers);
    const read = await readWholeBody(request, response.body, status, headers, settings.maxResponseBytes);
    emitEvent(settings.onEvent, {
      type: 'response',
      ...eventBase,
      attempt,
      status,
      durationMs: Math.round(performance.now() - started),
      bytes: read.bytes,
    });
    return {
      status,
      headers,
      text: scrubber.scrub(read.text),
      request: { method, url, operation },
      attempts: attempt,
      scrub: (text) => scrubber.scrub(text),
    };
  } catch (error) {
    if (error instanceof HookFailure) throw error;
    const typed = toTransportError(error, {
      ...request.context,
      status,
      timeoutSignal: timer.signal,
      scrubber,
    });
    emitEvent(settings.onEvent, {
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
