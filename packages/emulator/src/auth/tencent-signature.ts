import { createHmac } from 'node:crypto';

/** What Tencent Meeting's AK/SK scheme signs, as the reference describes it. */
export interface SignatureInput {
  method: string;
  secretId: string;
  nonce: string;
  timestamp: string;
  /** Everything after host:port, query string included, exactly as sent. */
  uri: string;
  /** The exact body text ("" for GET). */
  body: string;
}

/** `METHOD\nX-TC-Key=..&X-TC-Nonce=..&X-TC-Timestamp=..\nURI\nBODY` */
export function stringToSign(input: SignatureInput): string {
  const headers = `X-TC-Key=${input.secretId}&X-TC-Nonce=${input.nonce}&X-TC-Timestamp=${input.timestamp}`;
  return `${input.method.toUpperCase()}\n${headers}\n${input.uri}\n${input.body}`;
}

/**
 * base64 of the lowercase hex HMAC-SHA256: Tencent encodes the hex text, not the raw digest
 * (FAQ 1095/43551), which is why the result is 88 characters long.
 */
export function tencentSignature(secretKey: string, input: SignatureInput): string {
  const hex = createHmac('sha256', secretKey).update(stringToSign(input), 'utf8').digest('hex');
  return Buffer.from(hex, 'utf8').toString('base64');
}
