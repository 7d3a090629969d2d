import {
  type Meeting,
  NetworkError,
  NotFoundError,
  type PhoneParticipant,
  type PhoneSummary,
  PhoneSummaryBuilder,
  parsePhoneNumber,
} from '@callroll/core';
import { tencentSettingsSchema } from '@callroll/provider-tencent';
import { describe, expect, it } from 'vitest';
import { parsePhoneFilter } from '../src/filter/phone-filter.js';
import { describeError } from '../src/format/describe-error.js';
import { fieldTitles } from '../src/format/field-text.js';
import { meetingDescription, meetingTooltip } from '../src/format/format-meeting.js';
import { phoneParticipantDescription, type RowFormat } from '../src/format/format-phone-participant.js';
import { progressText, summaryHeadline } from '../src/format/format-summary.js';
import { maskRawRecord } from '../src/format/mask-raw-record.js';
import { formatMessage } from '../src/util/localize.js';
import { zh } from './support/zh-cn.js';

const now = new Date('2026-11-20T12:00:00Z');
const en: RowFormat = {
  mask: true,
  locale: 'en',
  t: formatMessage,
  now,
  providerName: () => 'Systec UMeeting',
};
const zhFormat: RowFormat = { ...en, locale: 'zh-CN', t: zh };

function line(overrides: Partial<PhoneParticipant> = {}): PhoneParticipant {
  return {
    provider: 'systec',
    meetingId: '1',
    phone: parsePhoneNumber({ number: '+8613812345678' }),
    direction: 'call-out',
    status: 'ended',
    durationSeconds: 120,
    cost: { amount: '0.12', currency: 'CNY' },
    raw: {},
    ...overrides,
  };
}

function summaryOf(lines: PhoneParticipant[]): PhoneSummary {
  const builder = new PhoneSummaryBuilder();
  for (const item of lines) builder.add(item);
  return builder.result;
}

const meeting: Meeting = {
  provider: 'systec',
  id: '123:abc',
  code: '123',
  topic: '产品周会',
  status: 'ended',
  startAt: new Date('2026-11-02T01:00:00Z'),
  raw: {},
};

describe('a meeting row at a glance', () => {
  const thousand = summaryOf(Array.from({ length: 1000 }, () => line()));

  it('says the calls and their exact cost first, then when, and the statuses last', () => {
    const description = meetingDescription(meeting, en, { kind: 'ready', summary: thousand });
    expect(description).toMatch(/^1,000 calls · 120\.00 CNY · 11\/2/);
    expect(meetingDescription(meeting, zhFormat, { kind: 'ready', summary: thousand })).toMatch(
      /^1,000 通电话 · 120\.00 CNY · 11\/2/,
    );
    const mixed = summaryOf([
      line(),
      line({ status: 'unanswered', cost: undefined }),
      line({ status: 'connected' }),
    ]);
    expect(meetingDescription(meeting, zhFormat, { kind: 'ready', summary: mixed })).toMatch(
      /^3 通电话 · 0\.24 CNY · .+ · 已接通 1 · 未接听 1 · 已结束 1$/,
    );
    expect(summaryHeadline(summaryOf([]), zhFormat)).toBe('没有通话');
    expect(meetingDescription(meeting, en, { kind: 'reading', read: 8200, total: 10_000 })).toMatch(
      /^Counting calls… 8,200 of 10,000 · /,
    );
  });

  it('puts the whole meeting in the tooltip, naming the service rather than its id', () => {
    const tooltip = meetingTooltip(meeting, zhFormat, { kind: 'ready', summary: thousand });
    expect(tooltip).toContain('| 总费用 | 120\\.00 CNY |');
    expect(tooltip).toContain('| 已结束 | 1,000 |');
    expect(tooltip).toContain('| 总时长 | 33 小时 20 分，共 1,000 路 |');
    expect(tooltip).toContain('Systec UMeeting');
    expect(tooltip).not.toMatch(/\| systec \|/);
  });

  it('formats progress counts for the reader', () => {
    expect(progressText(8200, 10_000, zhFormat)).toBe('8,200 / 10,000');
    expect(progressText(8200, 10_000, en)).toBe('8,200 of 10,000');
  });

  it('puts a line’s status first, and leaves it to the group under a status group', () => {
    expect(phoneParticipantDescription(line({ name: '张伟' }), zhFormat)).toBe(
      '已结束 · 张伟 · 2 分 0 秒 · 0.12 CNY',
    );
    expect(phoneParticipantDescription(line({ name: '张伟' }), zhFormat, { inStatusGroup: true })).toBe(
      '张伟 · 2 分 0 秒 · 0.12 CNY',
    );
    expect(
      phoneParticipantDescription(line({ status: 'unknown', rawStatus: 'INVITE_TIMEOUT' }), en, {
        inStatusGroup: true,
      }),
    ).toMatch(/^Unknown \(INVITE_TIMEOUT\)/);
  });
});

describe('error details', () => {
  it('are in the person’s language, with what the error knows', () => {
    const notFound = new NotFoundError({
      message: 'No meeting 42',
      resource: 'meeting',
      id: '42',
      provider: 'systec',
    });
    expect(describeError(notFound, zh, { locale: 'zh-cn' })).toMatchObject({
      summary: '未找到',
      detail: '没有会议“42”。',
      technical: 'No meeting 42',
    });
    const network = new NetworkError({ message: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED' });
    network.attempts = 3;
    expect(describeError(network, zh, { locale: 'zh-cn' }).detail).toBe(
      '无法连接（ECONNREFUSED）。已尝试 3 次。',
    );
    expect(describeError(network, formatMessage).detail).toBe(
      'Could not connect (ECONNREFUSED). Tried 3 times.',
    );
  });

  it('name settings by their titles', async () => {
    const { InvalidInputError } = await import('@callroll/core');
    const error = new InvalidInputError({ issues: [{ field: 'secretKey', problem: 'is required' }] });
    const described = describeError(error, zh, {
      duringSetup: true,
      locale: 'zh-cn',
      fieldTitle: fieldTitles('tencent', tencentSettingsSchema, zh),
    });
    expect(described.summary).toBe('帐户设置需要处理：SecretKey');
    expect(described.detail).toBe('SecretKey 为必填项');
    expect(fieldTitles('tencent', tencentSettingsSchema, zh)('operatorId')).toBe('操作者 ID');
  });
});

describe('raw records while masking is on', () => {
  it("mask the row's number in every form and every phone-like value, and nothing else", () => {
    const phone = parsePhoneNumber({ number: '13812345678', callingCode: '86' });
    const tencent = {
      meeting_id: '12345678901234567890',
      ms_open_id: 'ms-13812345678-x',
      phone: '13812345678',
      area: '86',
      nick_name: '张伟',
    };
    expect(maskRawRecord(tencent, phone)).toEqual({
      meeting_id: '12345678901234567890',
      ms_open_id: 'ms-138****5678-x',
      phone: '138****5678',
      area: '86',
      nick_name: '张伟',
    });
    const systec = {
      meeting_id: 98765432,
      telephony_usage: [{ phone_number: '+8613900001111', total: 0.12 }],
    };
    const masked = JSON.stringify(maskRawRecord(systec));
    expect(masked).not.toContain('13900001111');
    expect(masked).toContain('98765432');
    expect(masked).toContain('+86 139****1111');
  });
});

describe('the phone filter', () => {
  const lines = [
    line({ status: 'unanswered', name: 'Alice Müller' }),
    line({ status: 'connected', phone: parsePhoneNumber({ number: '+8613900001111' }) }),
  ];
  const find = (text: string) => {
    const filter = parsePhoneFilter(text, zh);
    return lines.filter((item) => filter?.matches(item)).map((item) => item.status);
  };

  it('finds lines by status in Chinese or English, by name, and by digits the mask hides', () => {
    expect(find('未接听')).toEqual(['unanswered']);
    expect(find('Unanswered')).toEqual(['unanswered']);
    expect(find('müller')).toEqual(['unanswered']);
    expect(find('0000')).toEqual(['connected']);
    expect(find('139 0000')).toEqual(['connected']);
    // Two digits would match nearly everything: not a number search.
    expect(find('13')).toEqual([]);
    expect(parsePhoneFilter('  ', zh)).toBeUndefined();
  });
});
