import { describe, expect, it } from 'vitest';
import { stringToSign, tencentSignature } from '../src/auth/tencent-signature.js';
import { sign } from './support/signed-fetch.js';

const vector = {
  method: 'GET',
  secretId: 'AKIDexampleSecretId',
  nonce: '123456',
  timestamp: '1700000000',
  uri: '/v1/meeting/100000000000000001/phone/callout?operator_id=tester&operator_id_type=1&page=1&page_size=20',
  body: '',
};

describe('Tencent AK/SK signature', () => {
  it("reproduces the reference's test vector", () => {
    expect(tencentSignature('exampleSecretKey', vector)).toBe(
      'MzAwZDkzOTQ5MGZmYmM4YmUxOWVkYzYwM2Q5NWM1MDU3ZmQ1ZWJjNDU1MzVmMTQxM2EzMzA0OGU3NTUwNTAyYg==',
    );
  });

  it('signs method, key/nonce/timestamp, URI and body joined by newlines', () => {
    expect(stringToSign({ ...vector, method: 'post', body: '{"a":1}' })).toBe(
      'POST\nX-TC-Key=AKIDexampleSecretId&X-TC-Nonce=123456&X-TC-Timestamp=1700000000\n' +
        '/v1/meeting/100000000000000001/phone/callout?operator_id=tester&operator_id_type=1&page=1&page_size=20\n{"a":1}',
    );
  });

  it('is base64 of the lowercase hex digest, not of the raw digest', () => {
    const decoded = Buffer.from(tencentSignature('exampleSecretKey', vector), 'base64').toString('utf8');
    expect(decoded).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the body, the URI and the key', () => {
    const base = tencentSignature('exampleSecretKey', vector);
    expect(tencentSignature('exampleSecretKey', { ...vector, body: ' ' })).not.toBe(base);
    expect(tencentSignature('exampleSecretKey', { ...vector, uri: `${vector.uri}&x=1` })).not.toBe(base);
    expect(tencentSignature('otherKey', vector)).not.toBe(base);
  });

  it("agrees with the tests' independent signer", () => {
    expect(
      sign('exampleSecretKey', [
        vector.method,
        `X-TC-Key=${vector.secretId}&X-TC-Nonce=${vector.nonce}&X-TC-Timestamp=${vector.timestamp}`,
        vector.uri,
        vector.body,
      ]),
    ).toBe(tencentSignature('exampleSecretKey', vector));
  });
});
