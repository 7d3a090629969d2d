import type * as zc from 'zod/v4/core';
import { AuthenticationError } from '../errors/authentication-error.js';
import type { CallrollError } from '../errors/callroll-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { PermissionError } from '../errors/permission-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { RateLimitedError } from '../errors/rate-limited-error.js';
import type { ProviderId } from '../model/provider-id.js';
import type { RetryRequest, TransportResponse } from '../transport/transport-types.js';

/** What an error code (or status, or message) means to a caller. */
export type ErrorRule = { hint?: string | undefined } & (
  | { kind: 'not-found'; resource?: string | undefined }
  | { kind: 'permission' }
  | { kind: 'authentication' }
  | { kind: 'invalid-input' }
  /** `window`: a per-minute limit, waited out; `daily`: a quota that only the next day lifts. */
  | { kind: 'rate-limited'; scope: 'window' | 'daily'; windowMs?: number | undefined }
  | { kind: 'provider'; retryable?: boolean | undefined }
);

/** A provider's error as its body states it. */
export interface ProviderFailure {
  /** The code errors are mapped on (Tencent's `error_code`, Systec's envelope status). */
  code: string;
  message: string;
  /** Further codes the body carries, kept in the message (Tencent's `new_error_code`). */
  otherCodes?: Readonly<Record<string, string>> | undefined;
  /** How the message names this code, when not as the table's `codeLabel` (a second shape's). */
  codeLabel?: string | undefined;
}

/**
 * One place that maps a provider's errors: the shape of its error bodies, how to read code and
 * message out of one, and what each code means. Declared once per provider, like the AI SDK's JSON
 * error handlers; `createJsonApi` applies it to every response.
 */
export interface ErrorTable<B = unknown> {
  provider: ProviderId;
  displayName: string;
  /** An error body; a body that matches it is an error at any HTTP status. */
  schema: zc.$ZodType<B>;
  /** Code and message of a matching body; `undefined` when it is no error after all (status 200). */
  read(body: B): ProviderFailure | undefined;
  /** What each code means; codes not listed are decided by `match`, then by the HTTP status. */
  codes: Readonly<Record<string, ErrorRule>>;
  /** For services that send words rather than codes (Systec): a rule from the failure's message. */
  match?: ((failure: ProviderFailure, response: TransportResponse) => ErrorRule | undefined) | undefined;
  /** How messages name a code, e.g. `Tencent error` → "… (Tencent error 9003)". Default `code`. */
  codeLabel?: string | undefined;
}

/** Declares a provider's error table (an identity function that checks the declaration's types). */
export function defineErrorTable<B>(table: ErrorTable<B>): ErrorTable<B> {
  return table;
}

/** What failed, for the not-found message: `{ resource: 'meeting', id: '123' }`. */
export interface CallSubject {
  resource: string;
  id: string;
}

/** The rule for an answer with no readable error body, by its HTTP status alone. */
export function ruleForStatus(status: number): ErrorRule {
  if (status === 401) return { kind: 'authentication' };
  if (status === 403) return { kind: 'permission' };
  if (status === 404) return { kind: 'not-found' };
  if (status === 429) return { kind: 'rate-limited', scope: 'window' };
  return { kind: 'provider', retryable: status >= 500 };
}

/** The error an answer makes and whether another attempt may fix it. */
export function errorOutcome(
  table: Omit<ErrorTable, 'schema' | 'read'>,
  response: TransportResponse,
  failure: ProviderFailure | undefined,
  subject: CallSubject | undefined,
): { error: CallrollError; retry?: RetryRequest | undefined } {
  const rule =
    (failure && (table.codes[failure.code] ?? table.match?.(failure, response))) ??
    ruleForStatus(response.status);
  const said = failure
    ? describeFailure(failure, failure.codeLabel ?? table.codeLabel ?? 'code')
    : `HTTP ${response.status}`;
  const base = { provider: table.provider, status: response.status, providerCode: failure?.code };
  const name = table.displayName;
  const hint = rule.hint === undefined ? '' : `. ${rule.hint}`;
  switch (rule.kind) {
    case 'not-found': {
      const resource = rule.resource ?? subject?.resource ?? 'resource';
      const id = subject?.id;
      const message = `${name} has no ${resource}${id === undefined ? '' : ` ${id}`}: ${said}${hint}`;
      return { error: new NotFoundError({ ...base, resource, id, message }) };
    }
    case 'permission':
      return {
        error: new PermissionError({ ...base, message: `${name} does not allow this: ${said}${hint}` }),
      };
    case 'authentication':
      return {
        error: new AuthenticationError({
          ...base,
          message: `${name} refused the credentials: ${said}${hint}`,
        }),
      };
    case 'invalid-input':
      return {
        error: new InvalidInputError({
          ...base,
          message: `${name} refused a parameter: ${said}${hint}`,
          issues: [{ field: 'request', problem: failure?.message || 'invalid parameter' }],
        }),
      };
    case 'rate-limited':
      return rateLimitOutcome(rule, base, `${name}`, said, hint);
    default: {
      const retryable = rule.retryable ?? response.status >= 500;
      const message = `${name} failed: ${said}${hint}`;
      return {
        error: new ProviderError({ ...base, retryable, providerMessage: failure?.message, message }),
        ...(retryable ? { retry: { kind: 'backoff', reason: `status ${response.status}` } } : {}),
      };
    }
  }
}

function rateLimitOutcome(
  rule: Extract<ErrorRule, { kind: 'rate-limited' }>,
  base: { provider: ProviderId; status: number; providerCode: string | undefined },
  name: string,
  said: string,
  hint: string,
): { error: CallrollError; retry?: RetryRequest | undefined } {
  const daily = rule.scope === 'daily';
  const message = daily
    ? `${name}'s daily limit of calls is used up: ${said}${hint}`
    : `${name}'s rate limit was reached: ${said}${hint}`;
  const error = new RateLimitedError({
    ...base,
    scope: rule.scope,
    retryable: !daily,
    retryAfterMs: rule.windowMs,
    message,
  });
  if (daily) return { error };
  const code = base.providerCode === undefined ? '' : ` (${base.providerCode})`;
  return { error, retry: { kind: 'rate-limit', afterMs: rule.windowMs, reason: `rate limited${code}` } };
}

// `message (Tencent error 190310, new_error_code 100190310)`: every code the body carried.
function describeFailure(failure: ProviderFailure, label: string): string {
  const others = Object.entries(failure.otherCodes ?? {})
    .filter(([, value]) => value !== failure.code)
    .map(([name, value]) => `, ${name} ${value}`)
    .join('');
  const codes = `${label} ${failure.code}${others}`;
  return failure.message ? `${failure.message} (${codes})` : codes;
}
