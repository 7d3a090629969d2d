import {
  AuthenticationError,
  type CallrollError,
  ProviderError,
  RateLimitedError,
  type TransportResponse,
} from '@callroll/core';
import { systecEnvelopeErrorWire, systecZoomErrorWire } from './systec-wire-schemas.js';

const provider = 'systec';

export interface SystecFailure {
  code: string;
  message: string;
  shape: 'envelope' | 'zoom-v1' | 'http';
}

/** The failure a body reports, in either documented shape; undefined for a success. */
export function readSystecFailure(response: TransportResponse): SystecFailure | undefined {
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return response.status >= 300
      ? { code: String(response.status), message: `HTTP ${response.status}`, shape: 'http' }
      : undefined;
  }
  const zoom = systecZoomErrorWire.safeParse(body);
  if (zoom.success) {
    return { code: String(zoom.data.error.code), message: zoom.data.error.message ?? '', shape: 'zoom-v1' };
  }
  const envelope = systecEnvelopeErrorWire.safeParse(body);
  if (envelope.success && String(envelope.data.status) !== '200') {
    return { code: String(envelope.data.status), message: envelope.data.message ?? '', shape: 'envelope' };
  }
  if (response.status >= 300)
    return { code: String(response.status), message: `HTTP ${response.status}`, shape: 'http' };
  return undefined;
}

// No error codes are documented for the envelope, so its status and message are all there is to
// go on; Zoom v1's codes 102 (key and secret don't match), 300 (required) and 124 (bad token)
// are authentication failures. "Slow down" is checked first: its message may name the API key.
const rateMessage = /too many|rate limit|slow down|频率|频繁|超过.*限制/i;
const authMessage =
  /(api[_ ]?key|api[_ ]?secret|key and secret|密钥).*(invalid|wrong|incorrect|match|required|missing|错误|无效)|(invalid|wrong|incorrect|missing)\b.*\b(key|secret)|unauthori[sz]ed|认证失败|鉴权失败/i;

/** Maps a failed Systec call onto the core's error kinds, keeping its code and message. */
export function toSystecError(response: TransportResponse, failure: SystecFailure): CallrollError {
  const base = { provider, status: response.status, providerCode: failure.code };
  const said = failure.message
    ? `${failure.message} (${failure.shape === 'zoom-v1' ? 'code' : 'status'} ${failure.code})`
    : `status ${failure.code}`;
  const envelopeSays = (status: string) => failure.shape === 'envelope' && failure.code === status;
  if (response.status === 429 || envelopeSays('429') || rateMessage.test(failure.message)) {
    const seconds = Number(response.headers['retry-after']);
    return new RateLimitedError({
      ...base,
      retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000,
      message: `Systec UMeeting asked to slow down: ${said}`,
    });
  }
  const zoomAuth = failure.shape === 'zoom-v1' && ['102', '124', '300'].includes(failure.code);
  if (zoomAuth || response.status === 401 || envelopeSays('401') || authMessage.test(failure.message)) {
    return new AuthenticationError({
      ...base,
      message: `Systec UMeeting refused the API key or secret: ${said}`,
    });
  }
  return new ProviderError({
    ...base,
    retryable: response.status >= 500,
    providerMessage: failure.message,
    message: `Systec UMeeting failed: ${said}`,
  });
}
