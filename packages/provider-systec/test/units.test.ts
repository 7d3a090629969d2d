import { AuthenticationError, ProviderError, RateLimitedError, type TransportResponse } from '@callroll/core';
import { describe, expect, it } from 'vitest';
import { monthWindows } from '../src/month-windows.js';
import { readMinutes } from '../src/read-minutes.js';
import { readSystecFailure, toSystecError } from '../src/systec-error.js';

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

describe('Systec failures', () => {
  it('reads the envelope and the Zoom v1 shape, and nothing from a success', () => {
    expect(readSystecFailure(response('{"status":200,"message":"OK","data":{}}'))).toBeUndefined();
    expect(readSystecFailure(response('{"status":"200","data":{}}'))).toBeUndefined();
    expect(readSystecFailure(response('{"status":400,"message":"bad from"}'))).toEqual({
      code: '400',
      message: 'bad from',
      shape: 'envelope',
    });
    expect(
      readSystecFailure(response('{"error":{"code":102,"message":"key and secret don\'t match"}}')),
    ).toEqual({
      code: '102',
      message: "key and secret don't match",
      shape: 'zoom-v1',
    });
    expect(readSystecFailure(response('<html>', 502))).toMatchObject({ code: '502', shape: 'http' });
  });

  it('maps wrong keys to AuthenticationError in both shapes', () => {
    for (const text of [
      '{"error":{"code":102,"message":"key and secret don\'t match"}}',
      '{"error":{"code":300,"message":"key and secret are required"}}',
      '{"status":401,"message":"Invalid api_key or api_secret"}',
    ]) {
      const failed = response(text);
      const error = toSystecError(
        failed,
        readSystecFailure(failed) ?? { code: '', message: '', shape: 'http' },
      );
      expect(AuthenticationError.isInstance(error), text).toBe(true);
    }
  });

  it('maps "too many requests" to a retryable RateLimitedError and the rest to ProviderError', () => {
    const limited = response('{"status":429,"message":"Too many requests"}', 429, { 'retry-after': '2' });
    const error = toSystecError(
      limited,
      readSystecFailure(limited) ?? { code: '', message: '', shape: 'http' },
    );
    expect(RateLimitedError.isInstance(error) && error.retryAfterMs).toBe(2000);
    const other = response('{"status":500,"message":"数据库繁忙"}');
    expect(
      ProviderError.isInstance(
        toSystecError(other, readSystecFailure(other) ?? { code: '', message: '', shape: 'http' }),
      ),
    ).toBe(true);
  });
});
