import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ApiError } from '../tencent/api-error.js';
import type { TencentCredentials } from '../tencent-credentials.js';
import { type ReplayCache, replayWindowSeconds } from './replay-cache.js';
import { tencentSignature } from './tencent-signature.js';

export interface SignedRequest {
  method: string;
  /** The request target exactly as received (path and query). */
  uri: string;
  body: string;
  headers: IncomingHttpHeaders;
  /** The emulator's clock, unix seconds. */
  clockSeconds: number;
}

/**
 * Checks Tencent's AK/SK headers in the order a gateway would: who is calling (190303), whether
 * the timestamp is fresh (190300), the signature (200003), and only then whether the
 * timestamp+nonce pair was used before (190301), so that forged requests cannot burn nonces.
 * Header names are matched case-insensitively, as HTTP requires and fetch() sends them.
 */
export function authenticate(
  request: SignedRequest,
  credentials: TencentCredentials,
  replays: ReplayCache,
): void {
  const header = (name: string): string | undefined => {
    const value = request.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  };
  if (header('AppId') !== credentials.appId) throw new ApiError('badCredentials', 'AppId 无效。');
  const secretId = header('X-TC-Key');
  if (secretId !== credentials.secretId) throw new ApiError('badCredentials', 'X-TC-Key 无效。');
  const sdkId = header('SdkId');
  if (sdkId !== undefined && sdkId !== '' && sdkId !== credentials.sdkId) {
    throw new ApiError('badCredentials', 'SdkId 无效或未分配。');
  }
  if (credentials.sdkId !== undefined && sdkId !== credentials.sdkId) {
    throw new ApiError('badCredentials', '该应用已分配 SdkId，请在请求头中携带。');
  }

  const timestampText = header('X-TC-Timestamp') ?? '';
  if (!/^\d{1,12}$/.test(timestampText))
    throw new ApiError('timestampSkew', 'X-TC-Timestamp 缺失或格式错误。');
  const timestamp = Number(timestampText);
  if (Math.abs(timestamp - request.clockSeconds) > replayWindowSeconds) throw new ApiError('timestampSkew');

  const nonce = header('X-TC-Nonce') ?? '';
  if (!/^[1-9]\d{0,19}$/.test(nonce)) throw new ApiError('invalidParameter', 'X-TC-Nonce 必须是随机正整数。');

  const signature = header('X-TC-Signature');
  if (signature === undefined || signature === '')
    throw new ApiError('badSignature', '缺少 X-TC-Signature。');
  const expected = tencentSignature(credentials.secretKey, {
    method: request.method,
    secretId,
    nonce,
    timestamp: timestampText,
    uri: request.uri,
    body: request.body,
  });
  if (!sameText(signature, expected)) throw new ApiError('badSignature');

  if (!replays.remember(secretId, timestamp, nonce, request.clockSeconds)) throw new ApiError('replayed');
}

function sameText(actual: string, expected: string): boolean {
  const a = Buffer.from(actual, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
