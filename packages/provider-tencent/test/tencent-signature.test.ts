import { describe, expect, it } from 'vitest';
import { signTencentRequest } from '../src/tencent-signature.js';

describe('signTencentRequest', () => {
  const vector = {
    method: 'GET',
    secretId: 'AKIDexampleSecretId',
    secretKey: 'exampleSecretKey',
    nonce: '123456',
    timestamp: '1700000000',
    requestUri:
      '/v1/meeting/100000000000000001/phone/callout?operator_id=tester&operator_id_type=1&page=1&page_size=20',
    body: '',
  };

  it("reproduces the reference's test vector", () => {
    expect(signTencentRequest(vector)).toBe(
      'MzAwZDkzOTQ5MGZmYmM4YmUxOWVkYzYwM2Q5NWM1MDU3ZmQ1ZWJjNDU1MzVmMTQxM2EzMzA0OGU3NTUwNTAyYg==',
    );
  });

  it('changes with every signed part', () => {
    const base = signTencentRequest(vector);
    for (const change of [
      { method: 'POST' },
      { secretId: 'AKIDother' },
      { secretKey: 'otherKey' },
      { nonce: '123457' },
      { timestamp: '1700000001' },
      { requestUri: `${vector.requestUri}0` },
      { body: '{}' },
    ]) {
      expect(signTencentRequest({ ...vector, ...change }), JSON.stringify(change)).not.toBe(base);
    }
  });
});
