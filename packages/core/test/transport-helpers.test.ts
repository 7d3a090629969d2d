import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../src/transport/backoff.js';
import { isLoopbackHost } from '../src/transport/is-loopback-host.js';
import { encodeRequestBody } from '../src/transport/request-body.js';
import { encodeQuery } from '../src/transport/request-url.js';
import { parseRetryAfterMs } from '../src/transport/retry-after.js';

describe('isLoopbackHost', () => {
  it.each([
    'localhost',
    'LOCALHOST',
    'localhost.',
    '127.0.0.1',
    '127.255.255.254',
    '::1',
    '[::1]',
    '[::ffff:7f00:1]',
  ])('accepts %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    'example.com',
    'localhost.example.com',
    '128.0.0.1',
    '10.0.0.1',
    '::2',
    '[::]',
    '0.0.0.0',
    '127.0.0.1.nip.io',
  ])('refuses %s', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads delay-seconds and HTTP-dates', () => {
    expect(parseRetryAfterMs('3', now)).toBe(3000);
    expect(parseRetryAfterMs('0.5', now)).toBe(500);
    expect(parseRetryAfterMs('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfterMs('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
    expect(parseRetryAfterMs('', now)).toBeUndefined();
    expect(parseRetryAfterMs('-1', now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('backoffDelayMs', () => {
  it('draws from the whole exponential window, capped', () => {
    const base = { baseDelayMs: 250, maxDelayMs: 10_000 };
    expect(backoffDelayMs({ ...base, attempt: 1, random: () => 0.999 })).toBe(249);
    expect(backoffDelayMs({ ...base, attempt: 3, random: () => 0.5 })).toBe(500);
    expect(backoffDelayMs({ ...base, attempt: 20, random: () => 0.5 })).toBe(5000);
    expect(backoffDelayMs({ ...base, attempt: 2, random: () => 0 })).toBe(0);
  });
});

describe('encodeQuery', () => {
  it('percent-encodes names and values in order, RFC 3986 style', () => {
    expect(
      encodeQuery([
        ['b', "x y!'()*"],
        ['a', 'ü&='],
      ]),
    ).toBe('b=x%20y%21%27%28%29%2A&a=%C3%BC%26%3D');
  });
});

describe('encodeRequestBody', () => {
  it('serialises JSON once and redacts secret fields for logs only', () => {
    const body = encodeRequestBody(
      { method: 'POST', path: 'x', json: { token: 't0k3n', at: new Date(0) } },
      ['token'],
      'test',
    );
    expect(body).toEqual({
      text: '{"token":"t0k3n","at":"1970-01-01T00:00:00.000Z"}',
      contentType: 'application/json',
      redacted: '{"token":"[REDACTED]","at":"1970-01-01T00:00:00.000Z"}',
    });
  });

  it('encodes a form in order and redacts secret fields for logs only', () => {
    const form: [string, string][] = [
      ['z', 'a b'],
      ['password', 'p&w'],
    ];
    expect(encodeRequestBody({ method: 'POST', path: 'x', form }, ['password'], 'test')).toEqual({
      text: 'z=a+b&password=p%26w',
      contentType: 'application/x-www-form-urlencoded',
      redacted: 'z=a+b&password=[REDACTED]',
    });
  });

  it('sends no body when there is none', () => {
    expect(encodeRequestBody({ method: 'GET', path: 'x' }, [], 'test')).toEqual({
      text: '',
      contentType: undefined,
      redacted: '',
    });
  });
});
