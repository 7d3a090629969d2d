import { safeParse } from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { parseResponseValue } from '../parsing/parse-json-response.js';
import type {
  HttpTransport,
  ResponseHandler,
  ResponseOutcome,
  TransportRequest,
  TransportResponse,
} from '../transport/transport-types.js';
import { type CallSubject, type ErrorTable, errorOutcome, type ProviderFailure } from './error-table.js';

/** One call: a request, the schema of a successful body, and what it is about. */
export interface JsonCall<S extends zc.$ZodType> extends TransportRequest {
  /** The body of a success; anything else fails as an `InvalidResponseError` naming the field. */
  schema: S;
  /** What the body is, for messages: `the phone callout list`. */
  what: string;
  /** What a not-found answer names. */
  subject?: CallSubject | undefined;
}

export interface JsonApiOptions {
  /**
   * For a refusal that a fresh attempt fixes (a clock corrected from the answer's Date header, a
   * nonce replayed): a reason to send it again at once, re-signed. Called with the failure read
   * from the body; may correct state (the clock) as it decides.
   */
  retryNow?: ((failure: ProviderFailure, response: TransportResponse) => string | undefined) | undefined;
}

/** A provider's JSON API: requests through its transport, each body parsed once. */
export interface JsonApi {
  call<S extends zc.$ZodType>(call: JsonCall<S>): Promise<zc.output<S>>;
  close(): Promise<void>;
}

/** What a response handler needs besides the error table: the call's schema and subject. */
export type JsonExpectation<S extends zc.$ZodType> = Pick<JsonCall<S>, 'schema' | 'what' | 'subject'>;

/**
 * Reads an answer once: JSON (a body that is not JSON is a passing fault, to be retried), then the
 * provider's error table (an error body at any status, or the status alone), then the success
 * schema. The outcome says how to retry: faults and 5xx with backoff, rate limits by waiting for
 * the window, fixable refusals (`retryNow`) at once.
 */
export function jsonResponseHandler<S extends zc.$ZodType, B>(
  errors: ErrorTable<B>,
  expected: JsonExpectation<S>,
  options: JsonApiOptions = {},
): ResponseHandler<zc.output<S>> {
  return (response): ResponseOutcome<zc.output<S>> => {
    const { provider } = errors;
    let body: unknown;
    try {
      body = JSON.parse(response.text);
    } catch {
      if (response.status >= 300) return errorOutcome(errors, response, undefined, expected.subject);
      return {
        error: new InvalidResponseError({
          provider,
          status: response.status,
          field: '(body)',
          retryable: true,
          message: `The ${provider} response to ${expected.what} (HTTP ${response.status}) is not JSON${response.text === '' ? ' (empty body)' : ''}`,
          excerpt: response.text.slice(0, 160),
        }),
        retry: { kind: 'backoff', reason: 'a body that is not JSON' },
      };
    }
    // An escape (`\u003d`, `\/`) can spell a secret the scrubbing of the text did not see.
    if (response.scrub !== undefined && /\\[u/]/.test(response.text))
      body = scrubStrings(body, response.scrub);
    const shaped = safeParse(errors.schema, body);
    const failure = shaped.success ? errors.read(shaped.data) : undefined;
    if (failure !== undefined || response.status >= 300) {
      const fixable = failure === undefined ? undefined : options.retryNow?.(failure, response);
      const outcome = errorOutcome(errors, response, failure, expected.subject);
      return fixable === undefined ? outcome : { ...outcome, retry: { kind: 'now', reason: fixable } };
    }
    try {
      const value = parseResponseValue(expected.schema, body, {
        provider,
        status: response.status,
        what: expected.what,
      });
      return { value };
    } catch (error) {
      return { error: error as InvalidResponseError };
    }
  };
}

/** A copy of a parsed body with every string scrubbed (keys too: a server may echo into them). */
function scrubStrings(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((item) => scrubStrings(item, scrub));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [scrub(key), scrubStrings(item, scrub)]),
  );
}

/** A provider's JSON API over its transport: every call's answer read by `jsonResponseHandler`. */
export function createJsonApi<B>(
  transport: HttpTransport,
  errors: ErrorTable<B>,
  options: JsonApiOptions = {},
): JsonApi {
  return {
    call: (call) => {
      const { schema: _schema, what: _what, subject: _subject, ...request } = call;
      return transport.send(request, jsonResponseHandler(errors, call, options));
    },
    close: () => transport.close(),
  };
}
