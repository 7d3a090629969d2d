import {
  AuthenticationError,
  jsonResponseHandler,
  ProviderError,
  RateLimitedError,
  type TransportResponse,
} from '@callroll/core';
import { describe, expect, it } from 'vitest';
import { monthWindows } from '../src/month-windows.js';
import { readMinutes } from '../src/read-minutes.js';
import { systecErrors } from '../src/systec-errors.js';
import { systecSuccessWire } from '../src/systec-wire-schemas.js';

describe('readMinutes', () => {
  it.each([
    [45, 45],
    ['45', 45],
    ['6分钟', 6],
    ['6 min', 6],
    ['01:25', 85],
    ['0', 0],
    [' 2.5 ', 2.5],
  ])('%j → %d minutes', (value, minutes) => {
    expect(readMinutes(value)).toBe(minutes);
  });
  it.each(['', 'long', '1:2:3', '-5', '1:75'])('refuses %j', (value) => {
    expect(readMinutes(value)).toBeUndefined();
  });
});

describe('monthWindows', () => {
  it('keeps a range of a month or less whole', () => {
    expect(monthWindows('2026-11-01', '2026-11-30')).toEqual([['2026-11-01', '2026-11-30']]);
    expect(monthWindows('2026-11-05', '2026-11-05')).toEqual([['2026-11-05', '2026-11-05']]);
  });
  it('splits longer ranges into windows of at most one month, without gaps or overlaps', () => {
    expect(monthWindows('2026-01-01', '2026-03-15')).toEqual([
      ['2026-01-01', '2026-01-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-15'],
    ]);
    expect(monthWindows('2026-01-31', '2026-04-01')).toEqual([
      ['2026-01-31', '2026-02-27'],
      ['2026-02-28', '2026-03-27'],
      ['2026-03-28', '2026-04-01'],
    ]);
  });
  it('covers a whole year day by day', () => {
    const windows = monthWindows('2024-01-15', '2025-01-14');
    expect(windows).toHaveLength(12);
    for (let index = 1; index < windows.length; index++) {
      const previousEnd = Date.parse(windows[index - 1]?.[1] ?? '');
      expect(Date.parse(windows[index]?.[0] ?? '') - previousEnd).toBe(86_400_000);
    }
  });
});

const response = (text: string, status = 200, headers: Record<string, string> = {}): TransportResponse => ({
  status,
  headers,
  text,
  request: { method: 'POST', url: 'https://api.systeccloud.com/umeeting/share/reports' },
  attempts: 1,
});

// An answer as the provider's API reads it: its error table through the core's JSON handler.
const outcomeOf = (response: TransportResponse) =>
  jsonResponseHandler(systecErrors, { schema: systecSuccessWire, what: 'the meeting reports' })(response);
const errorOf = (response: TransportResponse) => {
  const outcome = outcomeOf(response);
  return 'error' in outcome ? outcome.error : undefined;
};

describe('Systec failures', () => {
  it('reads the envelope and the Zoom v1 shape, and nothing from a success', () => {
    expect('value' in outcomeOf(response('{"status":200,"message":"OK","data":{}}'))).toBe(true);
    expect('value' in outcomeOf(response('{"status":"200","data":{}}'))).toBe(true);
    const envelope = errorOf(response('{"status":400,"message":"bad from"}'));
    expect(ProviderError.isInstance(envelope) && [envelope.providerCode, envelope.providerMessage]).toEqual([
      '400',
      'bad from',
    ]);
    expect(envelope?.message).toContain('bad from (status 400)');
    const zoom = errorOf(response('{"error":{"code":102,"message":"key and secret don\'t match"}}'));
    expect(zoom?.message).toContain("key and secret don't match (code 102)");
    const gateway = outcomeOf(response('<html>', 502));
    expect('error' in gateway && gateway.error.status).toBe(502);
    expect(gateway.retry?.kind).toBe('backoff');
  });

  it('maps wrong keys to AuthenticationError in both shapes', () => {
    for (const text of [
      '{"error":{"code":102,"message":"key and secret don\'t match"}}',
      '{"error":{"code":300,"message":"key and secret are required"}}',
      '{"status":401,"message":"Invalid api_key or api_secret"}',
    ]) {
      expect(AuthenticationError.isInstance(errorOf(response(text))), text).toBe(true);
    }
  });

  it('maps "too many requests" to a rate-limit wait, with or without Retry-After, and the rest to ProviderError', () => {
    const limited = outcomeOf(
      response('{"status":429,"message":"Too many requests"}', 429, { 'retry-after': '2' }),
    );
    expect('error' in limited && RateLimitedError.isInstance(limited.error)).toBe(true);
    expect(limited.retry).toMatchObject({ kind: 'rate-limit' });
    const inside200 = outcomeOf(response('{"status":500,"message":"请求过于频繁"}'));
    expect(inside200.retry).toMatchObject({ kind: 'rate-limit', afterMs: 1000 });
    expect(ProviderError.isInstance(errorOf(response('{"status":500,"message":"数据库繁忙"}')))).toBe(true);
  });
});
