import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { call, operatorQuery, useEmulators } from './support/emulator-fixture.js';
import { errorCode, type SignedResponse } from './support/signed-fetch.js';

const start = useEmulators();

type Row = Record<string, unknown>;

function post(
  emulator: Emulator,
  meetingId: string,
  action: 'callout' | 'cancelcall',
  numbers: unknown[],
  operatorId?: string,
) {
  return call(emulator, {
    method: 'POST',
    path: `/v1/meeting/${meetingId}/phone/${action}`,
    body: {
      operator_id: operatorId ?? emulator.tencent.credentials.operatorId,
      operator_id_type: 1,
      phone_numbers: numbers,
    },
  });
}

async function allRows(emulator: Emulator, meetingId: string): Promise<Row[]> {
  const response = await call(emulator, {
    path: `/v1/meeting/${meetingId}/phone/callout?${operatorQuery(emulator)}&page=1&page_size=100`,
  });
  return (response.json as { phone_numbers: Row[] }).phone_numbers;
}

const body = (response: SignedResponse) => response.json as Record<string, Row[]>;

describe('start and cancel callouts', () => {
  it('places callouts that appear ringing in the list, then cancels them', async () => {
    const emulator = await start({ scenario: { calloutRingMs: 3_600_000 } });
    const { meetingId, calloutCount } = emulator.tencent.fixtures.liveMeeting;
    const numbers = [
      { area: 86, phone: '13912345678', nick_name: '王小明' },
      { area: 852, phone: '91234567' },
      { area: 1, phone: '4155550123' },
      { area: 86, phone: '075586013388', extension_number: '8021' },
    ];
    const placed = await post(emulator, meetingId, 'callout', numbers);
    expect(placed.status).toBe(200);
    expect(body(placed).invalid_phone_numbers).toEqual([]);
    expect(body(placed).phone_numbers).toEqual([
      { area: 86, phone: '13912345678', status: 'START_INVITE' },
      { area: 852, phone: '91234567', status: 'START_INVITE' },
      { area: 1, phone: '4155550123', status: 'START_INVITE' },
      { area: 86, phone: '075586013388', extension_number: '8021', status: 'START_INVITE' },
    ]);

    const rows = await allRows(emulator, meetingId);
    expect(rows).toHaveLength(calloutCount + 4);
    const added = rows.slice(calloutCount);
    expect(added.map((row) => row.status)).toEqual([
      'START_INVITE',
      'START_INVITE',
      'START_INVITE',
      'START_INVITE',
    ]);
    expect(added[0]).toMatchObject({ area: 86, phone: '13912345678', nick_name: '王小明' });
    expect(added[3]).toMatchObject({ extension_number: '8021' });
    expect(added.every((row) => typeof row.ms_open_id === 'string' && row.ms_open_id !== '')).toBe(true);

    const cancelled = await post(emulator, meetingId, 'cancelcall', [
      { area: 86, phone: '13912345678' },
      { area: 852, phone: '91234567' },
      { area: 86, phone: '13700000001' },
    ]);
    expect(cancelled.status).toBe(200);
    expect(body(cancelled).success_list).toEqual([
      { area: 86, phone: '13912345678' },
      { area: 852, phone: '91234567' },
    ]);
    expect(body(cancelled).failed_list).toEqual([
      { area: 86, phone: '13700000001', error_msg: expect.any(String) },
    ]);
    const after = (await allRows(emulator, meetingId)).slice(calloutCount);
    expect(after.map((row) => row.status)).toEqual([
      'CANCLE_INVITE',
      'CANCLE_INVITE',
      'START_INVITE',
      'START_INVITE',
    ]);

    const again = await post(emulator, meetingId, 'cancelcall', [{ area: 86, phone: '13912345678' }]);
    expect(body(again).success_list).toEqual([]);
    expect(body(again).failed_list).toHaveLength(1);
  });

  it('moves placed callouts on once they have rung: 0 rings on, 9 goes unanswered, others answer', async () => {
    const emulator = await start({ scenario: { calloutRingMs: 0, timeFrozen: true } });
    const { meetingId, calloutCount } = emulator.tencent.fixtures.liveMeeting;
    await post(emulator, meetingId, 'callout', [
      { area: 86, phone: '13911112222' },
      { area: 86, phone: '13911112229' },
      { area: 86, phone: '13911112220' },
    ]);
    const added = (await allRows(emulator, meetingId)).slice(calloutCount);
    expect(added.map((row) => row.status)).toEqual(['START_ACCEPT', 'LEAVE_WITHOUT_ACCEPT', 'START_INVITE']);

    const cancel = await post(emulator, meetingId, 'cancelcall', [
      { area: 86, phone: '13911112222' },
      { area: 86, phone: '13911112220' },
    ]);
    expect(body(cancel).success_list).toEqual([{ area: 86, phone: '13911112220' }]);
    expect(body(cancel).failed_list).toEqual([
      { area: 86, phone: '13911112222', error_msg: expect.any(String) },
    ]);
  });

  it('returns bad numbers in invalid_phone_numbers with an error_msg', async () => {
    const emulator = await start();
    const { meetingId } = emulator.tencent.fixtures.liveMeeting;
    const response = await post(emulator, meetingId, 'callout', [
      { area: 44, phone: '2079460000' },
      { area: 86, phone: '12345' },
      { area: 852, phone: '9123-4567' },
      { area: 1, phone: '1155550123' },
      { area: 86, phone: '13811110000' },
      { area: 86, phone: '13811110000' },
    ]);
    expect(response.status).toBe(200);
    expect(body(response).phone_numbers).toEqual([
      { area: 86, phone: '13811110000', status: 'START_INVITE' },
    ]);
    const invalid = body(response).invalid_phone_numbers ?? [];
    expect(invalid.map((row) => [row.area, row.phone])).toEqual([
      [44, '2079460000'],
      [86, '12345'],
      [852, '9123-4567'],
      [1, '1155550123'],
      [86, '13811110000'],
    ]);
    expect(invalid.every((row) => typeof row.error_msg === 'string' && row.error_msg !== '')).toBe(true);
  });

  it('rejects more than 30 numbers, an empty list, a string area and bad JSON with 190004', async () => {
    const emulator = await start();
    const { meetingId } = emulator.tencent.fixtures.liveMeeting;
    const many = Array.from({ length: 31 }, (_, index) => ({
      area: 86,
      phone: `1380000${String(index).padStart(4, '0')}`,
    }));
    const answers = await Promise.all([
      post(emulator, meetingId, 'callout', many),
      post(emulator, meetingId, 'callout', []),
      post(emulator, meetingId, 'callout', [{ area: '86', phone: '13800000000' }]),
      call(emulator, {
        method: 'POST',
        path: `/v1/meeting/${meetingId}/phone/callout`,
        body: '{"operator_id":',
      }),
    ]);
    expect(answers.map(errorCode)).toEqual([190004, 190004, 190004, 190004]);
  });

  it('refuses ended and cancelled meetings, strangers and unknown meetings', async () => {
    const emulator = await start();
    const { fixtures } = emulator.tencent;
    const number = [{ area: 86, phone: '13800001111' }];
    const ended = await post(emulator, fixtures.endedMeeting.meetingId, 'callout', number);
    const cancelledMeeting = await post(emulator, fixtures.cancelledMeeting.meetingId, 'callout', number);
    const stranger = await post(emulator, fixtures.foreignMeeting.meetingId, 'callout', number);
    const strangerCancel = await post(emulator, fixtures.foreignMeeting.meetingId, 'cancelcall', number);
    const missing = await post(emulator, fixtures.missingMeetingId, 'callout', number);
    expect([ended, cancelledMeeting, stranger, strangerCancel, missing].map(errorCode)).toEqual([
      9006, 9007, 9042, 500122, 190457,
    ]);
    expect(ended.status).toBe(500);
  });

  it('allows callouts before an upcoming meeting starts, as documented', async () => {
    const emulator = await start();
    const { meetingId } = emulator.tencent.fixtures.upcomingMeeting;
    const response = await post(emulator, meetingId, 'callout', [{ area: 1, phone: '2125550188' }]);
    expect(body(response).phone_numbers).toHaveLength(1);
    expect(await allRows(emulator, meetingId)).toHaveLength(1);
  });

  it('cancels seeded ringing callouts and refuses the ones that are not ringing', async () => {
    const emulator = await start();
    const { meetingId } = emulator.tencent.fixtures.everyStatusMeeting;
    const [ringing, connected] = await allRows(emulator, meetingId);
    const pick = (row: Row | undefined) => {
      const number: Row = { area: row?.area, phone: row?.phone };
      if (row?.extension_number !== undefined) number.extension_number = row.extension_number;
      return number;
    };
    const response = await post(emulator, meetingId, 'cancelcall', [pick(ringing), pick(connected)]);
    expect(body(response).success_list).toEqual([pick(ringing)]);
    expect(body(response).failed_list).toEqual([{ ...pick(connected), error_msg: expect.any(String) }]);
    const [first] = await allRows(emulator, meetingId);
    expect(first?.status).toBe('CANCLE_INVITE');
  });
});
