import { safeParse } from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import type { ProviderId } from '../model/provider-id.js';
import { redactText } from '../transport/redact.js';
import { useZodMessages } from './zod-messages.js';

export interface ParseJsonResponseOptions {
  provider: ProviderId;
  status?: number | undefined;
  /** Secret values to scrub from the excerpt, in case a body echoes one. */
  secrets?: readonly string[] | undefined;
  /** What the body was, for the message, e.g. `the phone callout list`. */
  what?: string | undefined;
}

const excerptLength = 160;

/**
 * Parses a response body with a zod schema. Anything the schema does not accept becomes an
 * `InvalidResponseError` naming the first field at fault, with a short redacted excerpt.
 */
export function parseJsonResponse<S extends zc.$ZodType>(
  schema: S,
  text: string,
  options: ParseJsonResponseOptions,
): zc.output<S> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new InvalidResponseError({
      provider: options.provider,
      status: options.status,
      retryable: true, // truncated or non-JSON bodies are usually a passing fault
      field: '(body)',
      message: `${describe(options)} is not JSON${text.length === 0 ? ' (empty body)' : ''}`,
      excerpt: excerpt(text, options.secrets),
    });
  }
  return parseResponseValue(schema, body, options);
}

/** As `parseJsonResponse`, for a body that is already parsed. */
export function parseResponseValue<S extends zc.$ZodType>(
  schema: S,
  body: unknown,
  options: ParseJsonResponseOptions,
): zc.output<S> {
  useZodMessages();
  const result = safeParse(schema, body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const field = formatPath(path);
  const value = valueAt(body, path);
  throw new InvalidResponseError({
    provider: options.provider,
    status: options.status,
    field,
    message: `${describe(options)} has an unexpected ${field}: ${issue?.message ?? 'invalid'}`,
    excerpt: excerpt(value === undefined ? '(missing)' : safeStringify(value), options.secrets),
  });
}

/** `['phone_numbers', 3, 'area']` → `phone_numbers[3].area`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

// Redacts before cutting, so that half a secret at the cut is not left behind.
function excerpt(text: string, secrets: readonly string[] | undefined): string {
  const redacted = redactText(text.slice(0, excerptLength + 512), [...(secrets ?? [])]);
  return redacted.length > excerptLength ? `${redacted.slice(0, excerptLength)}…` : redacted;
}

function describe(options: ParseJsonResponseOptions): string {
  return `The ${options.provider} response${options.what ? ` to ${options.what}` : ''}${
    options.status === undefined ? '' : ` (HTTP ${options.status})`
  }`;
}
