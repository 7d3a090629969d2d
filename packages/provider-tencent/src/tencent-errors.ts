import { defineErrorTable, type ErrorRule } from '@callroll/core';
import { tencentErrorCodes } from './tencent-error-codes.js';
import { tencentErrorWire } from './tencent-wire-schemas.js';

const credentialsHint = 'Check AppId, SecretId, SecretKey and SdkId';

const rules: Record<keyof typeof tencentErrorCodes, ErrorRule> = {
  meetingNotFound: { kind: 'not-found', resource: 'meeting' },
  noPermission: {
    kind: 'permission',
    hint: "Only the meeting's creator, host or co-host may do this: check the operator id",
  },
  invalidParameter: { kind: 'invalid-input' },
  unregisteredUser: { kind: 'authentication', hint: 'The operator id is no user of this enterprise' },
  timestampSkew: { kind: 'authentication', hint: "The machine's clock is more than five minutes off" },
  replayedNonce: { kind: 'authentication', hint: credentialsHint },
  badCredentials: { kind: 'authentication', hint: credentialsHint },
  badSignature: { kind: 'authentication', hint: credentialsHint },
  meetingEnded: { kind: 'provider', retryable: false },
  // Waited out for the transport's window: Tencent's minute, or what ProviderOptions say.
  rateLimited: { kind: 'rate-limited', scope: 'window' },
  dailyLimit: {
    kind: 'rate-limited',
    scope: 'daily',
    hint: 'A self-built app may make 200,000 calls a day; try again tomorrow',
  },
};

/**
 * Tencent's errors: `error_info` at any HTTP status (it sends many request errors with 500).
 * Mapped on `error_code`, which every error table documents; `new_error_code` is a separate
 * field that may differ, kept in the message.
 */
export const tencentErrors = defineErrorTable({
  provider: 'tencent',
  displayName: 'Tencent Meeting',
  codeLabel: 'Tencent error',
  schema: tencentErrorWire,
  read: (body) => ({
    code: String(body.error_info.error_code),
    message: body.error_info.message ?? '',
    ...(body.error_info.new_error_code === undefined
      ? {}
      : { otherCodes: { new_error_code: String(body.error_info.new_error_code) } }),
  }),
  codes: Object.fromEntries(
    Object.entries(tencentErrorCodes).flatMap(([kind, codes]) =>
      codes.map((code) => [String(code), rules[kind as keyof typeof tencentErrorCodes]]),
    ),
  ),
});
