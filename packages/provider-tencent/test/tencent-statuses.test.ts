import { describe, expect, it } from 'vitest';
import { decodeTencentBase64, decodeTencentText } from '../src/decode-tencent-text.js';
import { toParticipant } from '../src/tencent-mappers.js';
import { toMeetingStatus, toPhoneStatus } from '../src/tencent-statuses.js';

describe('callout statuses', () => {
  it.each([
    ['START_INVITE', 'calling'],
    ['START_ACCEPT', 'connected'],
    ['LEAVE_WITH_ACCEPTED', 'ended'],
    ['LEAVE_WITHOUT_ACCEPT', 'unanswered'],
    ['CANCLE_INVITE', 'cancelled'],
    ['', 'unknown'],
    ['RINGING_ABROAD', 'unknown'],
    ['start_invite', 'unknown'],
  ])('%j → %s', (raw, status) => {
    expect(toPhoneStatus(raw)).toBe(status);
  });
});

describe('meeting statuses', () => {
  it.each([
    ['MEETING_STATE_INIT', 'scheduled'],
    ['MEETING_STATE_STARTED', 'live'],
    ['MEETING_STATE_ENDED', 'ended'],
    ['MEETING_STATE_RECYCLED', 'ended'],
    ['MEETING_STATE_CANCELLED', 'cancelled'],
    ['MEETING_STATE_INVALID', 'unknown'],
    ['MEETING_STATE_NULL', 'unknown'],
    [undefined, 'unknown'],
  ])('%s → %s', (raw, status) => {
    expect(toMeetingStatus(raw)).toBe(status);
  });
});

describe('decodeTencentText', () => {
  it('decodes standard and URL-safe base64, with or without padding', () => {
    const subject = '产品周会 Weekly sync?';
    const standard = Buffer.from(subject).toString('base64');
    expect(decodeTencentText(standard)).toBe(subject);
    expect(decodeTencentText(standard.replace(/=+$/, ''))).toBe(subject);
    expect(decodeTencentText(Buffer.from(subject).toString('base64url'))).toBe(subject);
  });

  it('keeps plain subjects as sent', () => {
    for (const text of [
      '产品周会',
      'Weekly',
      'Test',
      'Board review',
      'abcd',
      'Q3 all-hands',
      'Standup2026',
      '',
    ]) {
      expect(decodeTencentText(text)).toBe(text);
    }
    expect(decodeTencentText(undefined)).toBeUndefined();
  });

  it('decodes fields documented as base64 even when short', () => {
    expect(decodeTencentBase64(Buffer.from('王芳').toString('base64'))).toBe('王芳');
    expect(decodeTencentBase64('QQ')).toBe('A');
    expect(decodeTencentBase64('not base64!')).toBe('not base64!');
  });

  it('decodes documented base64 fields in any script, padded or URL-safe', () => {
    expect(decodeTencentBase64('QWxpY2UgTcO8bGxlcg==')).toBe('Alice Müller');
    for (const name of [
      'Alice Müller',
      'José Núñez',
      'さとう ゆき',
      'サトウ',
      '김민준',
      'Ørsted Ærø',
      'Ελένη',
      'Иван',
    ]) {
      expect(decodeTencentBase64(Buffer.from(name).toString('base64'))).toBe(name);
      expect(decodeTencentBase64(Buffer.from(name).toString('base64url'))).toBe(name);
    }
  });

  it('keeps a documented base64 field as sent when it is not base64 of text', () => {
    // Bytes that are not UTF-8, or that decode to control characters, were never a name.
    for (const text of [Buffer.from([0xff, 0xfe, 0x80]).toString('base64'), 'AAEC', 'a b', 'QQ=x']) {
      expect(decodeTencentBase64(text)).toBe(text);
    }
  });

  it('decodes ambiguous fields with Latin diacritics, kana and Hangul when long enough', () => {
    for (const subject of ['Müller Projekt', 'ミーティング', '주간 회의 Weekly', 'Réunion équipe']) {
      expect(decodeTencentText(Buffer.from(subject).toString('base64'))).toBe(subject);
    }
  });
});

describe('participant names', () => {
  it('shows a user_name with an umlaut as the name, not as base64', () => {
    const participant = toParticipant(
      '1',
      { userid: 'u1', ms_open_id: 'ms-1', user_name: 'QWxpY2UgTcO8bGxlcg==', join_time: '1700000000' },
      0,
    );
    expect(participant.name).toBe('Alice Müller');
  });
});
