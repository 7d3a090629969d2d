import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { useEmulators } from './support/emulator-fixture.js';
import { type SdkStyleRequest, sdkStyleFetch } from './support/sdk-style-request.js';
import { errorCode, type SignedResponse } from './support/signed-fetch.js';

/**
 * Every Tencent route the emulator serves, called the way the official Python SDK builds the call
 * (see support/sdk-style-request.ts for what that means, file by file).
 */
const start = useEmulators();

type Row = Record<string, unknown>;

async function ok(emulator: Emulator, request: SdkStyleRequest): Promise<Row> {
  const response = await sdkStyleFetch(emulator, request);
  expect(response.status, response.text).toBe(200);
  return response.json as Row;
}

/** An operator whose userid has characters `quote_plus` escapes (`+` for the space, `%28`…). */
const oddOperator = 'li.lei+ops (cn)';

describe('requests built as the official Python SDK builds them', () => {
  it('MeetingsApi.v1_meetings_meeting_id_get: operator pair, then userid, then instanceid', async () => {
    const emulator = await start({ credentials: { operatorId: oddOperator } });
    const { liveMeeting } = emulator.tencent.fixtures;
    const body = await ok(emulator, {
      method: 'GET',
      path: `/v1/meetings/${liveMeeting.meetingId}`,
      query: [
        ['operator_id', oddOperator],
        ['operator_id_type', '1'],
        ['userid', undefined],
        ['instanceid', '1'],
      ],
    });
    expect((body.meeting_info_list as Row[])[0]).toMatchObject({ meeting_id: liveMeeting.meetingId });
    const older = await ok(emulator, {
      method: 'GET',
      path: `/v1/meetings/${liveMeeting.meetingId}`,
      query: [
        ['userid', oddOperator],
        ['instanceid', '1'],
      ],
    });
    expect(older).toEqual(body);
  });

  it('MeetingsApi.v1_meetings_get by meeting_code, in the SDK order', async () => {
    const emulator = await start();
    const { endedMeeting, operatorId } = emulator.tencent.fixtures;
    const body = await ok(emulator, {
      method: 'GET',
      path: '/v1/meetings',
      query: [
        ['operator_id', operatorId],
        ['operator_id_type', '1'],
        ['instanceid', '1'],
        ['meeting_code', endedMeeting.meetingCode],
      ],
    });
    expect((body.meeting_info_list as Row[])[0]).toMatchObject({ meeting_id: endedMeeting.meetingId });
  });

  it('MeetingsApi.v1_meetings_get as a user listing: userid, instanceid, cursory, pos', async () => {
    const emulator = await start();
    const { operatorId, operatorMeetings } = emulator.tencent.fixtures;
    const body = await ok(emulator, {
      method: 'GET',
      path: '/v1/meetings',
      query: [
        ['userid', operatorId],
        ['instanceid', '1'],
        ['cursory', '0'],
        ['pos', '0'],
        ['is_show_all_sub_meetings', '0'],
      ],
    });
    expect(body.meeting_number).toBe(20);
    expect((body.meeting_number as number) + (body.remaining as number)).toBe(
      operatorMeetings.liveAndUpcoming,
    );
    // The listing's operator_id takes rooms ids only ("如操作者为企业内 userid 或 openId，请使用 userid 字段").
    const refused = await sdkStyleFetch(emulator, {
      method: 'GET',
      path: '/v1/meetings',
      query: [
        ['operator_id', operatorId],
        ['operator_id_type', '1'],
        ['instanceid', '1'],
      ],
    });
    expect(errorCode(refused)).toBe(190004);
  });

  it('MeetingsApi.v1_history_meetings_userid_get: page_size before page', async () => {
    const emulator = await start();
    const { operatorId, operatorMeetings } = emulator.tencent.fixtures;
    const nowSeconds = Math.floor(Date.now() / 1000);
    const body = await ok(emulator, {
      method: 'GET',
      path: `/v1/history/meetings/${operatorId}`,
      query: [
        ['page_size', '20'],
        ['page', '1'],
        ['meeting_code', undefined],
        ['start_time', String(nowSeconds - 89 * 86_400)],
        ['end_time', String(nowSeconds)],
      ],
    });
    expect(body).toMatchObject({ current_page: 1, current_size: 20 });
    expect(body.total_count as number).toBeLessThanOrEqual(operatorMeetings.ended);
  });

  it('MeetingsApi.v1_meetings_meeting_id_participants_get with operator_id + operator_id_type', async () => {
    const emulator = await start({ credentials: { operatorId: oddOperator } });
    const { manyParticipantsMeeting } = emulator.tencent.fixtures;
    const page = (caller: [string, string | undefined][], extra: [string, string][] = []) =>
      ok(emulator, {
        method: 'GET',
        path: `/v1/meetings/${manyParticipantsMeeting.meetingId}/participants`,
        query: [['sub_meeting_id', undefined], ...caller, ['pos', '100'], ['size', '100'], ...extra],
      });
    const byPair = await page([
      ['operator_id', oddOperator],
      ['operator_id_type', '1'],
    ]);
    expect(byPair).toMatchObject({ total_count: 230, next_pos: 200, has_remaining: true });
    expect(await page([['userid', oddOperator]])).toEqual(byPair);
    // A recurring meeting's sub_meeting_id is taken (and means nothing here).
    const withSub = await ok(emulator, {
      method: 'GET',
      path: `/v1/meetings/${manyParticipantsMeeting.meetingId}/participants`,
      query: [
        ['sub_meeting_id', '1'],
        ['operator_id', oddOperator],
        ['operator_id_type', '1'],
        ['pos', '100'],
        ['size', '100'],
      ],
    });
    expect(withSub).toEqual(byPair);
  });

  it('participants: the operator pair wins over userid, and the documented limits hold', async () => {
    const emulator = await start();
    const { endedMeeting, operatorId, otherUserId } = emulator.tencent.fixtures;
    const path = `/v1/meetings/${endedMeeting.meetingId}/participants`;
    const send = (query: NonNullable<SdkStyleRequest['query']>) =>
      sdkStyleFetch(emulator, { method: 'GET', path, query });
    const pair: [string, string][] = [
      ['operator_id', operatorId],
      ['operator_id_type', '1'],
    ];
    const both = await send([...pair, ['userid', otherUserId]]);
    expect(both.status).toBe(200);
    const stranger = await send([['userid', otherUserId]]);
    expect([stranger.status, errorCode(stranger)]).toEqual([403, 9042]);

    const end = Math.floor(Date.now() / 1000);
    const refusals = await Promise.all([
      send([
        ['operator_id', operatorId],
        ['operator_id_type', '3'],
      ]),
      send([['operator_id_type', '1']]),
      send([...pair, ['start_time', String(end - 32 * 86_400)], ['end_time', String(end)]]),
    ]);
    expect(refusals.map(errorCode)).toEqual([190004, 190004, 190004]);
    const month = await send([...pair, ['start_time', String(end - 31 * 86_400)], ['end_time', String(end)]]);
    expect(month.status).toBe(200);
  });

  it('PstnApi.v1_meeting_meeting_id_phone_callout_post: compact UTF-8 JSON without null fields', async () => {
    const emulator = await start({ scenario: { calloutRingMs: 3_600_000 } });
    const { liveMeeting, operatorId } = emulator.tencent.fixtures;
    const body = await ok(emulator, {
      method: 'POST',
      path: `/v1/meeting/${liveMeeting.meetingId}/phone/callout`,
      body: {
        operator_id: operatorId,
        operator_id_type: 1,
        phone_numbers: [
          { area: 86, phone: '13912345671', extension_number: null, nick_name: '王小明' },
          { area: 86, phone: '075586013381', extension_number: '8021', nick_name: null },
        ],
      },
    });
    expect(body).toEqual({
      meeting_id: liveMeeting.meetingId,
      phone_numbers: [
        { area: 86, phone: '13912345671', status: 'START_INVITE' },
        { area: 86, phone: '075586013381', extension_number: '8021', status: 'START_INVITE' },
      ],
      invalid_phone_numbers: [],
    });

    const cancelled = await ok(emulator, {
      method: 'POST',
      path: `/v1/meeting/${liveMeeting.meetingId}/phone/cancelcall`,
      body: {
        operator_id: operatorId,
        operator_id_type: 1,
        phone_numbers: [{ area: 86, phone: '13912345671', extension_number: null }],
      },
    });
    expect(cancelled).toEqual({ success_list: [{ area: 86, phone: '13912345671' }], failed_list: [] });
  });

  it('the callout list (no SDK method wraps it) signed the SDK way', async () => {
    const emulator = await start();
    const { everyStatusMeeting, operatorId } = emulator.tencent.fixtures;
    const body = await ok(emulator, {
      method: 'GET',
      path: `/v1/meeting/${everyStatusMeeting.meetingId}/phone/callout`,
      query: [
        ['operator_id', operatorId],
        ['operator_id_type', '1'],
        ['page', '1'],
        ['page_size', '20'],
      ],
    });
    expect(body).toMatchObject({ current_page: 1, current_size: 20, total_count: 48 });
  });
});

describe('headers and nonces as the SDK sends them', () => {
  const meetingRequest = (emulator: Emulator): SdkStyleRequest => ({
    method: 'GET',
    path: `/v1/meetings/${emulator.tencent.fixtures.liveMeeting.meetingId}`,
    query: [
      ['operator_id', emulator.tencent.fixtures.operatorId],
      ['operator_id_type', '1'],
      ['instanceid', '1'],
    ],
  });

  it('takes an empty SdkId when none was allocated, and wants the allocated one otherwise', async () => {
    const open = await start();
    expect((await sdkStyleFetch(open, { ...meetingRequest(open), sdkId: '' })).status).toBe(200);

    const allocated = await start({ credentials: { sdkId: '20001' } });
    expect((await sdkStyleFetch(allocated, meetingRequest(allocated))).status).toBe(200);
    const empty = await sdkStyleFetch(allocated, { ...meetingRequest(allocated), sdkId: '' });
    expect(errorCode(empty)).toBe(190303);
  });

  it('takes the 19-digit default nonce and the README demo’s 20-digit one (randrange(0, 2**64))', async () => {
    const emulator = await start();
    const answers = await Promise.all([
      sdkStyleFetch(emulator, meetingRequest(emulator)),
      sdkStyleFetch(emulator, { ...meetingRequest(emulator), nonce: '18446744073709551615' }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
  });

  it('refuses a reused JWTAuthenticator: it caches nonce, timestamp and signature', async () => {
    const emulator = await start();
    const fixed = { nonce: '1700000000000123456', timestamp: String(Math.floor(Date.now() / 1000)) };
    expect((await sdkStyleFetch(emulator, { ...meetingRequest(emulator), ...fixed })).status).toBe(200);
    const again: SignedResponse = await sdkStyleFetch(emulator, { ...meetingRequest(emulator), ...fixed });
    expect(errorCode(again)).toBe(190301);
  });

  it('answers errors in the one shape ServiceException parses: error_info with all three fields', async () => {
    const emulator = await start();
    const refused = await sdkStyleFetch(emulator, {
      method: 'GET',
      path: `/v1/meetings/${emulator.tencent.fixtures.missingMeetingId}`,
      query: [
        ['operator_id', emulator.tencent.fixtures.operatorId],
        ['operator_id_type', '1'],
        ['instanceid', '1'],
      ],
    });
    expect(refused.status).toBeGreaterThanOrEqual(300);
    expect(Object.keys(refused.json as object)).toEqual(['error_info']);
    expect((refused.json as { error_info: Row }).error_info).toEqual({
      error_code: 9003,
      new_error_code: 9003,
      message: expect.any(String),
    });
  });
});
