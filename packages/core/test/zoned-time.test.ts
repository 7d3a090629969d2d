import { describe, expect, it } from 'vitest';
import {
  formatDateInZone,
  isValidTimeZone,
  parseProviderTime,
  parseUnixTime,
} from '../src/model/zoned-time.js';

describe('parseProviderTime', () => {
  it('takes naive times as wall time in the provider zone', () => {
    expect(parseProviderTime('2017-08-31 00:51:00', 'Asia/Shanghai')?.toISOString()).toBe(
      '2017-08-30T16:51:00.000Z',
    );
    expect(parseProviderTime('2017-08-31 00:51:00', 'UTC')?.toISOString()).toBe('2017-08-31T00:51:00.000Z');
  });
  it('reads unpadded dates and times', () => {
    expect(parseProviderTime('2017-8-1 9:05:07', 'Asia/Shanghai')?.toISOString()).toBe(
      '2017-08-01T01:05:07.000Z',
    );
    expect(parseProviderTime('2017-8-31', 'Asia/Shanghai')?.toISOString()).toBe('2017-08-30T16:00:00.000Z');
  });
  it('honours daylight saving time in zones that have it', () => {
    expect(parseProviderTime('2026-07-01 12:00:00', 'America/New_York')?.toISOString()).toBe(
      '2026-07-01T16:00:00.000Z',
    );
    expect(parseProviderTime('2026-01-01 12:00:00', 'America/New_York')?.toISOString()).toBe(
      '2026-01-01T17:00:00.000Z',
    );
  });
  it('keeps the offset of ISO times', () => {
    expect(parseProviderTime('2017-08-31T00:51:00Z', 'Asia/Shanghai')?.toISOString()).toBe(
      '2017-08-31T00:51:00.000Z',
    );
    expect(parseProviderTime('2017-08-31T08:51:00+08:00', 'UTC')?.toISOString()).toBe(
      '2017-08-31T00:51:00.000Z',
    );
  });
  it('refuses empty, impossible and foreign text', () => {
    for (const text of [
      '',
      '  ',
      '2017-02-30 00:00:00',
      '2017-13-01',
      '31/08/2017',
      'yesterday',
      '2017-08-31 25:00:00',
    ]) {
      expect(parseProviderTime(text, 'Asia/Shanghai'), text).toBeUndefined();
    }
  });
});

describe('parseUnixTime', () => {
  it('reads seconds and milliseconds, as numbers or strings', () => {
    expect(parseUnixTime('1700000000')?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(parseUnixTime(1700000000)?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(parseUnixTime('1700000000123')?.toISOString()).toBe('2023-11-14T22:13:20.123Z');
  });
  it('treats 0 as unset and refuses non-numbers', () => {
    expect(parseUnixTime('0')).toBeUndefined();
    expect(parseUnixTime('-5')).toBeUndefined();
    expect(parseUnixTime('abc')).toBeUndefined();
  });
});

describe('zones', () => {
  it('knows IANA zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
  it('formats the wall date of an instant', () => {
    expect(formatDateInZone(new Date('2017-08-30T16:00:00Z'), 'Asia/Shanghai')).toBe('2017-08-31');
    expect(formatDateInZone(new Date('2017-08-30T16:00:00Z'), 'UTC')).toBe('2017-08-30');
  });
});
