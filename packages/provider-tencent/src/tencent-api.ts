import { createJsonApi, type JsonApi, type ProviderOptions, transportFromSettings } from '@callroll/core';
import { TencentClock } from './tencent-clock.js';
import { isTencentCode, tencentRateWindowMs } from './tencent-error-codes.js';
import { tencentErrors } from './tencent-errors.js';
import type { ResolvedTencentSettings } from './tencent-settings.js';
import { signTencentRequest, tencentNonce } from './tencent-signature.js';
import { PACKAGE_NAME, VERSION } from './version.js';

export interface TencentApi extends JsonApi {
  readonly clock: TencentClock;
  /** The userid (or other id, by type) calls are made as. */
  readonly operatorId: string;
  readonly operatorIdType: number;
  /** `operator_id` and `operator_id_type`, as every call that acts for someone sends them. */
  readonly operator: readonly [string, string][];
}

/**
 * One Tencent app's API: AK/SK signing of every attempt (afresh: Tencent refuses a
 * timestamp+nonce it has seen, 190301), the clock corrected from the Date header after a skew
 * refusal (190300), and Tencent's error table.
 */
export function createTencentApi(
  settings: ResolvedTencentSettings,
  options: ProviderOptions = {},
): TencentApi {
  const clock = new TencentClock();
  const transport = transportFromSettings(
    settings,
    {
      provider: 'tencent',
      userAgent: `${PACKAGE_NAME}/${VERSION}`,
      // Tencent counts calls per app.
      account: settings.appId,
      rateLimitWindowMs: tencentRateWindowMs,
      secrets: [settings.secretKey],
      secretHeaders: ['X-TC-Signature'],
      beforeAttempt: (attempt) => {
        const timestamp = clock.timestamp();
        const nonce = tencentNonce();
        Object.assign(attempt.headers, {
          'X-TC-Key': settings.secretId,
          'X-TC-Timestamp': timestamp,
          'X-TC-Nonce': nonce,
          'X-TC-Signature': signTencentRequest({
            method: attempt.method,
            secretId: settings.secretId,
            secretKey: settings.secretKey,
            nonce,
            timestamp,
            requestUri: attempt.requestUri,
            body: attempt.body,
          }),
          AppId: settings.appId,
          ...(settings.sdkId ? { SdkId: settings.sdkId } : {}),
          'X-TC-Registered': '1',
          'Content-Type': 'application/json',
        });
      },
    },
    options,
  );
  // A refusal for clock skew or a replayed nonce was never carried out: a fresh, re-signed
  // attempt cannot do anything twice, so even a POST goes again.
  const api = createJsonApi(transport, tencentErrors, {
    retryNow: (failure, response) => {
      if (isTencentCode(failure.code, 'timestampSkew'))
        return clock.correctFrom(response.headers.date)
          ? 'clock skew corrected from the Date header'
          : undefined;
      if (isTencentCode(failure.code, 'replayedNonce')) return 'nonce replayed';
      return undefined;
    },
  });
  return {
    ...api,
    clock,
    operatorId: settings.operatorId,
    operatorIdType: settings.operatorIdType,
    operator: [
      ['operator_id', settings.operatorId],
      ['operator_id_type', String(settings.operatorIdType)],
    ],
  };
}
