import { InvalidInputError } from '@callroll/core';
import { describe, expect, it } from 'vitest';
import { checkTencentMeetingId, parseTencentMeetingRef } from '../src/tencent-meeting-ref.js';

describe('parseTencentMeetingRef', () => {
  it.each([
    ['#腾讯会议：123-456-789', '123456789'],
    ['#腾讯会议:123 456 789', '123456789'],
    ['腾讯会议号：123456789', '123456789'],
    ['123-456-789', '123456789'],
    [' 123 456 789 ', '123456789'],
    ['１２３-４５６-７８９', '123456789'],
    ['123456789', '123456789'],
    ['Tencent Meeting ID: 123-456-7890', '1234567890'],
  ])('reads %s as the meeting code %s', (input, code) => {
    expect(parseTencentMeetingRef(input)).toEqual({ kind: 'code', meetingCode: code });
  });

  it('reads long digit strings as ids, beyond a double’s precision, unchanged', () => {
    expect(parseTencentMeetingRef('12345678901234567890')).toEqual({
      kind: 'id',
      meetingId: '12345678901234567890',
    });
    expect(parseTencentMeetingRef('1111111111111')).toEqual({ kind: 'id', meetingId: '1111111111111' });
  });

  it.each(['', 'abc', '../1', '123/456', '1'.repeat(21), '#腾讯会议：', '12345678901234567890123'])(
    'refuses %j',
    (input) => {
      expect(() => parseTencentMeetingRef(input)).toThrow(InvalidInputError);
    },
  );
});

describe('checkTencentMeetingId', () => {
  it('accepts digits only, so nothing escapes a URL path', () => {
    expect(checkTencentMeetingId('100000000000000001')).toBe('100000000000000001');
    for (const bad of ['../etc', '1/2', '1?a=b', '1%2F2', ' 1', '']) {
      let error: unknown;
      try {
        checkTencentMeetingId(bad);
      } catch (caught) {
        error = caught;
      }
      expect(InvalidInputError.isInstance(error), bad).toBe(true);
    }
  });
});
