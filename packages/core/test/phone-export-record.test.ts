import { describe, expect, it } from 'vitest';
import { phoneExportColumns, toPhoneExportRecord } from '../src/export/phone-export-record.js';
import { parsePhoneNumber } from '../src/model/phone-number.js';
import type { PhoneParticipant } from '../src/model/phone-participant.js';

const participant = (overrides: Partial<PhoneParticipant> = {}): PhoneParticipant => ({
  provider: 'tencent',
  meetingId: '1',
  participantId: 'p1',
  phone: parsePhoneNumber({ number: '13800138000', callingCode: 86 }),
  name: '张伟',
  direction: 'call-out',
  status: 'ended',
  rawStatus: 'LEAVE_WITH_ACCEPTED',
  joinedAt: new Date('2026-11-02T01:00:00Z'),
  leftAt: new Date('2026-11-02T01:02:05Z'),
  cost: { amount: '0.12', currency: 'CNY' },
  raw: { phone: '13800138000' },
  ...overrides,
});

describe('the phone export record', () => {
  it('has every column, in order, and never the raw record', () => {
    const record = toPhoneExportRecord(participant(), { mask: false });
    expect(Object.keys(record)).toEqual([...phoneExportColumns]);
    expect(JSON.stringify(record)).not.toContain('"raw"');
    expect(record).toMatchObject({
      phone: '+86 13800138000',
      e164: '+8613800138000',
      cost: '0.12',
      currency: 'CNY',
    });
  });

  it('masks the number and leaves out the E.164 when asked', () => {
    const record = toPhoneExportRecord(participant(), { mask: true });
    expect(record.phone).toBe('+86 138****8000');
    expect(record.e164).toBeNull();
  });

  it('takes a reported duration, else the time from joining to leaving, else none', () => {
    expect(toPhoneExportRecord(participant({ durationSeconds: 60 }), { mask: false }).durationSeconds).toBe(
      60,
    );
    expect(toPhoneExportRecord(participant(), { mask: false }).durationSeconds).toBe(125);
    expect(
      toPhoneExportRecord(participant({ leftAt: undefined }), { mask: false }).durationSeconds,
    ).toBeNull();
  });
});
