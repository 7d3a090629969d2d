import { createHmac, randomInt } from 'node:crypto';
import type { TencentCredentials } from '../../src/index.js';

/**
 * A tiny Tencent AK/SK client for the emulator's own tests, written apart from the emulator's
 * signer so that the two check each other. Not for use by clients.
 */
export interface SignedFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with its query string, e.g. `/v1/meetings?userid=x&instanceid=1`. */
  path: string;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  timestamp?: string;
  nonce?: string;
  /** Replaces the computed signature. */
  signature?: string;
  /** Added after signing, replacing computed ones. */
  headers?: Record<string, string>;
  /** Headers to leave out entirely. */
  omit?: readonly string[];
  /** Sign with this secret key instead. */
  secretKey?: string;
  /** Signs this URI while sending `path` (to show the URI is covered). */
  signedPath?: string;
  /** Signs this body while sending `body`. */
  signedBody?: string;
}

export interface SignedResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

export function sign(secretKey: string, parts: string[]): string {
  const hex = createHmac('sha256', secretKey).update(parts.join('\n')).digest('hex');
  return Buffer.from(hex).toString('base64');
}

export async function signedFetch(
  baseURL: string,
  credentials: TencentCredentials,
  options: SignedFetchOptions,
): Promise<SignedResponse> {
  const method = options.method ?? 'GET';
  const body =
    options.body === undefined
      ? ''
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? String(randomInt(1, 2 ** 31));
  const signature =
    options.signature ??
    sign(options.secretKey ?? credentials.secretKey, [
      method,
      `X-TC-Key=${credentials.secretId}&X-TC-Nonce=${nonce}&X-TC-Timestamp=${timestamp}`,
      options.signedPath ?? options.path,
      options.signedBody ?? body,
    ]);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-TC-Key': credentials.secretId,
    'X-TC-Timestamp': timestamp,
    'X-TC-Nonce': nonce,
    'X-TC-Signature': signature,
    AppId: credentials.appId,
    'X-TC-Registered': '1',
  };
  if (credentials.sdkId !== undefined) headers.SdkId = credentials.sdkId;
  Object.assign(headers, options.headers);
  for (const name of options.omit ?? []) delete headers[name];
  const response = await fetch(`${baseURL}${options.path}`, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The `error_info.error_code` of an answer, if it is an error body. */
export function errorCode(response: SignedResponse): number | undefined {
  const info = (response.json as { error_info?: { error_code?: unknown } } | undefined)?.error_info;
  return typeof info?.error_code === 'number' ? info.error_code : undefined;
}
