import { describe, expect, it } from 'vitest';
import { allLeaks, leaks, recoverableLeaks } from '../src/index.js';

describe('the leak finder itself', () => {
  const secret = 'Hidden-Value/0123456789';
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');
  it.each([
    ['raw', `x ${secret} y`],
    ['percent-encoded', `x=${encodeURIComponent(secret)}`],
    ['hex', `data ${hex(secret)}`],
    ['base64 of the secret', `data ${base64(secret)}`],
    ['base64 of a longer text', base64(`prefix ${secret} suffix`)],
    ['hex of the form-encoded secret', hex(`a=1&s=${encodeURIComponent(secret)}`)],
    [
      'JSON \\u escapes',
      `"${[...secret].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`,
    ],
  ])('finds a secret %s', (_form, text) => {
    expect(recoverableLeaks({ text }, { secret: [secret] })).not.toEqual([]);
  });

  it('finds nothing in scrubbed text', () => {
    const text = `x [REDACTED] y ${base64('[REDACTED]')} ${hex('prefix [REDACTED]')}`;
    expect(recoverableLeaks({ text }, { secret: [secret] })).toEqual([]);
    expect(leaks({ text }, { secret: [secret] })).toEqual([]);
  });

  it('allLeaks names the listed form and the recoverable one, with where each was', () => {
    const found = allLeaks({ error: `key ${base64(secret)}` }, { secret: [secret] });
    expect(found).toContain('error: secret as base64');
    expect(found).toContain('error: secret, recoverable after 1 decoding(s)');
  });
});
