import { createHmac, randomInt } from 'node:crypto';

export interface TencentSignatureInput {
  method: string;
  secretId: string;
  secretKey: string;
  nonce: string;
  timestamp: string;
  /** Everything after host:port, query included, exactly as sent. */
  requestUri: string;
  /** The exact body bytes sent; `''` for GET. */
  body: string;
}

/**
 * Tencent Meeting's AK/SK signature: base64 of the lower-case hex HMAC-SHA256 of
 * `METHOD\nX-TC-Key=…&X-TC-Nonce=…&X-TC-Timestamp=…\nURI\nbody` (base64 of the hex text, not of
 * the raw digest, as Tencent's FAQ 1095/43551 says).
 */
export function signTencentRequest(input: TencentSignatureInput): string {
  const headers = `X-TC-Key=${input.secretId}&X-TC-Nonce=${input.nonce}&X-TC-Timestamp=${input.timestamp}`;
  const stringToSign = `${input.method}\n${headers}\n${input.requestUri}\n${input.body}`;
  const hex = createHmac('sha256', input.secretKey).update(stringToSign, 'utf8').digest('hex');
  return Buffer.from(hex, 'utf8').toString('base64');
}

/** A random positive integer as text: a fresh one per attempt, since Tencent refuses replays. */
export function tencentNonce(): string {
  return String(randomInt(1, 2 ** 47));
}
