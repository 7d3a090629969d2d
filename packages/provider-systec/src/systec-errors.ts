import {
  defineErrorTable,
  type ErrorRule,
  type ProviderFailure,
  type TransportResponse,
} from '@callroll/core';
import { systecErrorWire } from './systec-wire-schemas.js';

// No error codes are documented for the envelope, so its status and message are all there is to
// go on; Zoom v1's codes 102 (key and secret don't match), 300 (required) and 124 (bad token)
// are authentication failures. "Slow down" is checked first: its message may name the API key.
const rateMessage = /too many|rate limit|slow down|频率|频繁|超过.*限制/i;
const authMessage =
  /(api[_ ]?key|api[_ ]?secret|key and secret|密钥).*(invalid|wrong|incorrect|match|required|missing|错误|无效)|(invalid|wrong|incorrect|missing)\b.*\b(key|secret)|unauthori[sz]ed|认证失败|鉴权失败/i;

/** Systec documents no limit; Zoom v1, which it mirrors, allowed report calls at 1 a second. */
const systecWindowMs = 1000;
const rateLimited: ErrorRule = { kind: 'rate-limited', scope: 'window', windowMs: systecWindowMs };
const refusedKey: ErrorRule = { kind: 'authentication', hint: 'Check the API key and secret' };

function ruleFor(failure: ProviderFailure, response: TransportResponse): ErrorRule | undefined {
  const envelope = failure.codeLabel === 'status';
  if (response.status === 429 || (envelope && failure.code === '429') || rateMessage.test(failure.message))
    return rateLimited;
  if (response.status === 401 || (envelope && failure.code === '401') || authMessage.test(failure.message))
    return refusedKey;
  return undefined;
}

/**
 * Systec's errors: the `{status, message}` envelope with a status other than 200 (inside an HTTP
 * 200, as its docs imply), or Zoom v1's `{error: {code, message}}`; codes are few, words decide.
 */
export const systecErrors = defineErrorTable({
  provider: 'systec',
  displayName: 'Systec UMeeting',
  schema: systecErrorWire,
  read: (body): ProviderFailure | undefined => {
    if ('error' in body) {
      return { code: String(body.error.code), message: body.error.message ?? '', codeLabel: 'code' };
    }
    if (String(body.status) === '200') return undefined;
    return { code: String(body.status), message: body.message ?? '', codeLabel: 'status' };
  },
  // Zoom v1's codes; the envelope's statuses mean nothing on their own (see `match`).
  codes: { '102': refusedKey, '124': refusedKey, '300': refusedKey },
  match: ruleFor,
});
