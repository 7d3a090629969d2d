import {
  CallrollError,
  InvalidResponseError,
  phoneParticipantSchema,
  sumMoney,
  toMoney,
} from '@callroll/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMeeting, toParticipant, toPhoneParticipant } from '../src/systec-mappers.js';
import { systecMeetingWire, systecSuccessWire } from '../src/systec-wire-schemas.js';

const shanghai = { timeZone: 'Asia/Shanghai', idParameter: 'meeting_ids' };

// The seed's example, written out as valid JSON (the document's own is not: comments, a missing comma).
const seedMeeting = {
  uuid: 'dgvOvqWVRUWjrEOS2YI2ig==',
  host_id: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  meeting_id: '1790001234',
  topic: 'Hello world!',
  start_time: '2017-08-31 00:00:00',
  duration: 120,
  end_time: '2017-08-31 01:00:00',
  is_extra: 0,
  participants: [{ name: 'XYZ', join_time: '2017-08-31 00:51:00', leave_time: '2017-08-31 00:53:04' }],
  telephony_usage: [
    {
      phone_number: '+8613716819201',
      type: 'call-out',
      start_time: '2017-08-31 00:51:00',
      end_time: '2017-08-31 00:53:00',
      duration: 2,
      total: 0.12,
    },
  ],
};

describe('the seed example', () => {
  it('parses in its envelope', () => {
    const body = systecSuccessWire.parse({
      status: 200,
      message: 'OK',
      data: {
        from: '2017-8-31',
        to: '2017-09-01',
        total_record: 1,
        total_page: 1,
        page_number: 1,
        page_size: 30,
        has_previous_page: false,
        has_next_page: false,
        meetings: [seedMeeting],
      },
    });
    expect(body.data.meetings).toHaveLength(1);
  });

  it('becomes a meeting with Beijing times as UTC', () => {
    const meeting = toMeeting(systecMeetingWire.parse(seedMeeting), shanghai, 'meeting');
    // A meeting number names every meeting of its room; with its uuid it names this one.
    expect(meeting).toMatchObject({
      provider: 'systec',
      id: '1790001234:dgvOvqWVRUWjrEOS2YI2ig==',
      code: '1790001234',
      topic: 'Hello world!',
      status: 'ended',
      host: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    });
    expect(meeting.startAt?.toISOString()).toBe('2017-08-30T16:00:00.000Z');
    expect(
      toMeeting(systecMeetingWire.parse(seedMeeting), { ...shanghai, idParameter: 'uuid' }, 'meeting'),
    ).toMatchObject({
      id: 'dgvOvqWVRUWjrEOS2YI2ig==',
      code: '1790001234',
    });
  });

  it('becomes a phone participant: E.164, direction, times, seconds and cost in yuan', () => {
    const wire = systecMeetingWire.parse(seedMeeting).telephony_usage?.[0];
    if (!wire) throw new Error('no usage');
    const phone = toPhoneParticipant('1790001234', wire, shanghai, 'telephony_usage[0]');
    expect(phone).toMatchObject({
      phone: { parsed: true, e164: '+8613716819201' },
      direction: 'call-out',
      rawDirection: 'call-out',
      status: 'ended',
      durationSeconds: 120,
      cost: { amount: '0.12', currency: 'CNY' },
    });
    expect(phone.joinedAt?.toISOString()).toBe('2017-08-30T16:51:00.000Z');
    phoneParticipantSchema.parse(phone);
  });
});

describe('quirks', () => {
  const usage = (overrides: Record<string, unknown>) =>
    systecMeetingWire.parse({
      ...seedMeeting,
      telephony_usage: [{ ...seedMeeting.telephony_usage[0], ...overrides }],
    }).telephony_usage?.[0] as NonNullable<
      ReturnType<typeof systecMeetingWire.parse>['telephony_usage']
    >[number];

  it('reads unpadded dates, ISO times, durations as text and an empty end time', () => {
    const unpadded = toPhoneParticipant(
      '1',
      usage({ start_time: '2017-8-31 0:51:0', end_time: '2017-8-31 0:53:0' }),
      shanghai,
      'x',
    );
    expect(unpadded.durationSeconds).toBe(120);
    const iso = toPhoneParticipant(
      '1',
      usage({ start_time: '2017-08-30T16:51:00Z', end_time: '2017-08-30T16:53:00Z' }),
      shanghai,
      'x',
    );
    expect(iso.joinedAt?.toISOString()).toBe('2017-08-30T16:51:00.000Z');
    for (const [duration, seconds] of [
      ['45', 2700],
      ['6分钟', 360],
      ['01:25', 5100],
    ] as const) {
      expect(toPhoneParticipant('1', usage({ end_time: '', duration }), shanghai, 'x').durationSeconds).toBe(
        seconds,
      );
    }
    const live = toPhoneParticipant('1', usage({ end_time: '' }), shanghai, 'x');
    expect(live.status).toBe('connected');
    expect(live.leftAt).toBeUndefined();
  });

  it('reads ids as numbers, booleans as text, and a participant without leave_time', () => {
    const wire = systecMeetingWire.parse({
      ...seedMeeting,
      meeting_id: 1790001234,
      is_extra: 'true',
      end_time: '',
      participants: [{ name: '王芳', join_time: '2017-8-31 9:00:00' }],
    });
    expect(wire.is_extra).toBe(true);
    const meeting = toMeeting(wire, shanghai, 'meeting');
    expect(meeting).toMatchObject({
      id: '1790001234:dgvOvqWVRUWjrEOS2YI2ig==',
      code: '1790001234',
      status: 'live',
    });
    const participant = toParticipant(
      '1790001234',
      wire.participants?.[0] as never,
      shanghai,
      'participants[0]',
    );
    expect(participant.leftAt).toBeUndefined();
    expect(participant.joinedAt.toISOString()).toBe('2017-08-31T01:00:00.000Z');
  });

  it('maps every documented type, keeping the raw one', () => {
    const types: [string, string][] = [
      ['toll-free', 'toll-free'],
      ['call-out', 'call-out'],
      ['call-in', 'call-in'],
      ['US toll-number', 'call-in'],
      ['global toll-number', 'call-in'],
      ['premium', 'call-in'],
      ['premium call-in', 'call-in'],
      ['satellite', 'unknown'],
    ];
    for (const [type, direction] of types) {
      expect(toPhoneParticipant('1', usage({ type }), shanghai, 'x')).toMatchObject({
        direction,
        rawDirection: type,
      });
    }
  });

  it('names the field of a time or duration it cannot read', () => {
    expect(() =>
      toPhoneParticipant('1', usage({ start_time: 'yesterday' }), shanghai, 'telephony_usage[3]'),
    ).toThrow(expect.objectContaining({ field: 'telephony_usage[3].start_time' }));
    expect(() =>
      toPhoneParticipant('1', usage({ end_time: '', duration: 'long' }), shanghai, 'telephony_usage[3]'),
    ).toThrow(expect.objectContaining({ field: 'telephony_usage[3].duration' }));
  });

  it('sums 1,000 calls of 0.12 yuan, sent as numbers or text, to exactly 120', () => {
    const costs = Array.from(
      { length: 1000 },
      (_, index) => toPhoneParticipant('1', usage({ total: index % 2 ? 0.12 : '0.12' }), shanghai, 'x').cost,
    );
    expect(sumMoney(costs)).toEqual([toMoney('120', 'CNY')]);
  });
});

describe('the report parser under random input (property)', () => {
  const parse = (value: unknown) => {
    try {
      const body = systecSuccessWire.safeParse(value);
      if (!body.success) return;
      for (const [index, wire] of (body.data.data.meetings ?? []).entries()) {
        toMeeting(wire, shanghai, `meetings[${index}]`);
        for (const [at, call] of (wire.telephony_usage ?? []).entries()) {
          phoneParticipantSchema.parse(toPhoneParticipant('1', call, shanghai, `telephony_usage[${at}]`));
        }
        for (const [at, person] of (wire.participants ?? []).entries())
          toParticipant('1', person, shanghai, `participants[${at}]`);
      }
    } catch (error) {
      expect(CallrollError.isInstance(error), String(error)).toBe(true);
      expect(InvalidResponseError.isInstance(error)).toBe(true);
    }
  };

  it('answers data or a typed error for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), parse), { numRuns: 300 });
  });

  it('answers data or a typed error for the seed example with any field replaced or removed', () => {
    const keys = [
      ...Object.keys(seedMeeting),
      'telephony_usage.0.start_time',
      'telephony_usage.0.duration',
      'telephony_usage.0.total',
      'telephony_usage.0.phone_number',
      'participants.0.join_time',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.option(fc.jsonValue(), { nil: undefined }), (key, value) => {
        const meeting = structuredClone(seedMeeting) as Record<string, unknown>;
        const path = key.split('.');
        let owner: Record<string, unknown> = meeting;
        for (const part of path.slice(0, -1)) owner = owner[part] as Record<string, unknown>;
        const last = path.at(-1) as string;
        if (value === undefined) delete owner[last];
        else owner[last] = value;
        parse({ status: 200, data: { meetings: [meeting] } });
      }),
      { numRuns: 500 },
    );
  });
});
