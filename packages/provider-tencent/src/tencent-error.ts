import {
  AuthenticationError,
  type CallrollError,
  InvalidInputError,
  NotFoundError,
  PermissionError,
  ProviderError,
  RateLimitedError,
  type TransportResponse,
} from '@callroll/core';
import { isTencentCode, tencentRateLimitWindowMs } from './tencent-error-codes.js';
import { tencentErrorWire } from './tencent-wire-schemas.js';

const provider = 'tencent';

export interface TencentErrorBody {
  code: number;
  message: string;
}

/** The `error_info` of a response, when it has one. */
export function readTencentError(text: string): TencentErrorBody | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = tencentErrorWire.safeParse(body);
  if (!parsed.success) return undefined;
  const info = parsed.data.error_info;
  return { code: info.new_error_code ?? info.error_code, message: info.message };
}

/** Maps a failed Tencent response onto the core's error kinds, keeping Tencent's code and message. */
export function toTencentError(
  response: TransportResponse,
  context: { meetingId?: string | undefined },
): CallrollError {
  const body = readTencentError(response.text);
  const code = body?.code;
  const said = body ? `${body.message} (Tencent error ${body.code})` : `HTTP ${response.status}`;
  const base = { provider, status: response.status, providerCode: code };
  if (isTencentCode(code, 'meetingNotFound') || (body === undefined && response.status === 404)) {
    return new NotFoundError({
      ...base,
      resource: 'meeting',
      id: context.meetingId,
      message: `Tencent Meeting has no meeting ${context.meetingId ?? ''}: ${said}`.replace('  ', ' '),
    });
  }
  if (isTencentCode(code, 'noPermission') || (body === undefined && response.status === 403)) {
    return new PermissionError({
      ...base,
      message: `The operator may not do this (only the meeting's creator, host or co-host may): ${said}`,
    });
  }
  if (
    isTencentCode(code, 'badSignature') ||
    isTencentCode(code, 'badCredentials') ||
    isTencentCode(code, 'unregisteredUser') ||
    isTencentCode(code, 'timestampSkew') ||
    isTencentCode(code, 'replayedNonce') ||
    (body === undefined && response.status === 401)
  ) {
    return new AuthenticationError({
      ...base,
      message: `Tencent Meeting refused the credentials: ${said}. Check AppId, SecretId, SecretKey and SdkId`,
    });
  }
  if (isTencentCode(code, 'rateLimited') || response.status === 429) {
    const retryAfter = Number(response.headers['retry-after']);
    return new RateLimitedError({
      ...base,
      // 190311 is the daily quota: waiting a minute will not lift it.
      retryable: code !== 190311,
      retryAfterMs:
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : tencentRateLimitWindowMs,
      message: `Tencent Meeting's rate limit was reached: ${said}`,
    });
  }
  if (isTencentCode(code, 'invalidParameter')) {
    return new InvalidInputError({
      ...base,
      message: `Tencent Meeting refused a parameter: ${said}`,
      issues: [{ field: 'request', problem: body?.message ?? 'invalid parameter' }],
    });
  }
  return new ProviderError({
    ...base,
    retryable: response.status >= 500,
    providerMessage: body?.message,
    message: `Tencent Meeting failed: ${said}`,
  });
}
