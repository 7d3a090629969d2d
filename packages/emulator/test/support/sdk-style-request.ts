import { createHmac, randomInt } from 'node:crypto';
import type { Emulator } from '../../src/index.js';
import type { SignedResponse } from './signed-fetch.js';

/**
 * Builds a request the way Tencent's official Python SDK (TencentCloud/wemeet-openapi-sdk-python)
 * does, written from its source for the emulator's tests, not shared with the emulator:
 *
 * - `core/xhttp/client.py`: `requests.Request(method, url, params=[(k, v), ...], data=body)`, so
 *   the query is `urllib.parse.urlencode` of the tuples in the API method's own order (not sorted;
 *   `quote_plus`: a space is `+`, `!'()*` are escaped), and a GET has no body.
 * - `core/utils.py`: bodies are `json.dumps(separators=(",", ":"), ensure_ascii=False)` with
 *   `None` fields dropped, so Chinese text travels as raw UTF-8.
 * - `core/authenticator.py` (`JWTAuthenticator`): `Content-Type: application/json;
 *   charset=utf-8` when none is set, `X-TC-Key`, `AppId`, **always** `SdkId` (the configured value,
 *   "" when none was allocated), `X-TC-Nonce` (ms timestamp × 10^6 + six random digits: 19 digits),
 *   `X-TC-Registered: 1`, `X-TC-Timestamp`, `X-TC-Signature` over `path_url` and the body; and
 *   `VersionAuthenticator`'s `User-Agent: openapi-sdk-python/v1.0.3`.
 */
export interface SdkStyleRequest {
  method: 'GET' | 'POST';
  /** The SDK's `api_uri` with its path parameters filled in, e.g. `/v1/meetings/123`. */
  path: string;
  /** Query parameters in the order the SDK appends them; undefined ones are left out, as there. */
  query?: readonly (readonly [string, string | undefined])[];
  /** The request model; `undefined`/`null` fields are dropped as `__filter_null__` does. */
  body?: Record<string, unknown>;
  /** `Config.sdk_id`: the SDK sends it as it is, "" included. */
  sdkId?: string;
  /** `JWTAuthenticator(nonce=…)`; default the SDK's own. */
  nonce?: string;
  timestamp?: string;
}

/** Python's `urllib.parse.quote_plus` (safe: letters, digits and `_.-~`). */
export function quotePlus(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** The SDK's default nonce: `int(time.time() * 1000) * 1000000 + random.randint(0, 999999)`. */
export function sdkNonce(): string {
  return String(BigInt(Date.now()) * 1_000_000n + BigInt(randomInt(0, 1_000_000)));
}

/** What `__filter_null__` leaves of a model: no null or undefined fields, at any depth. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== null && field !== undefined) kept[key] = dropNulls(field);
  }
  return kept;
}

export function sdkPathUrl(request: SdkStyleRequest): string {
  const pairs = (request.query ?? []).filter(
    (pair): pair is readonly [string, string] => pair[1] !== undefined,
  );
  const query = pairs.map(([key, value]) => `${quotePlus(key)}=${quotePlus(value)}`).join('&');
  return query === '' ? request.path : `${request.path}?${query}`;
}

/** Sends the request as the SDK would, with the emulator's test credentials. */
export async function sdkStyleFetch(emulator: Emulator, request: SdkStyleRequest): Promise<SignedResponse> {
  const { credentials } = emulator.tencent;
  const pathUrl = sdkPathUrl(request);
  const body = request.body === undefined ? '' : JSON.stringify(dropNulls(request.body));
  const nonce = request.nonce ?? sdkNonce();
  const timestamp = request.timestamp ?? String(Math.floor(Date.now() / 1000));
  const signed = `${request.method}\nX-TC-Key=${credentials.secretId}&X-TC-Nonce=${nonce}&X-TC-Timestamp=${timestamp}\n${pathUrl}\n${body}`;
  const hex = createHmac('sha256', credentials.secretKey).update(signed, 'utf8').digest('hex');
  const response = await fetch(`${emulator.tencent.baseURL}${pathUrl}`, {
    method: request.method,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'X-TC-Key': credentials.secretId,
      AppId: credentials.appId,
      SdkId: request.sdkId ?? credentials.sdkId ?? '',
      'X-TC-Nonce': nonce,
      'X-TC-Registered': '1',
      'X-TC-Timestamp': timestamp,
      'X-TC-Signature': Buffer.from(hex, 'utf8').toString('base64'),
      'User-Agent': 'openapi-sdk-python/v1.0.3',
    },
    ...(request.method === 'GET' ? {} : { body: Buffer.from(body, 'utf8') }),
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
