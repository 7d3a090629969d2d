import { describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { call, operatorQuery, useEmulators } from './support/emulator-fixture.js';
import { errorCode } from './support/signed-fetch.js';

const start = useEmulators();

interface CalloutPage {
  meeting_id: string;
  phone_numbers: Record<string, unknown>[];
  current_size: number;
  total_count: number;
  current_page: number;
  total_page: number;
}

const listPath = (emulator: Emulator, meetingId: string, query: string) =>
  `/v1/meeting/${meetingId}/phone/callout?${operatorQuery(emulator)}&${query}`;

async function page(emulator: Emulator, meetingId: string, query: string): Promise<CalloutPage> {
  const response = await call(emulator, { path: listPath(emulator, meetingId, query) });
  expect(response.status, response.text).toBe(200);
  return response.json as CalloutPage;
}

describe('GET /v1/meeting/{id}/phone/callout', () => {
  it('makes the large meeting as big as asked, its last page as well formed as the first', async () => {
    const emulator = await start({ largeCalloutCount: 250_001 });
    const { meetingId, calloutCount } = emulator.tencent.fixtures.largeCalloutMeeting;
    expect(calloutCount).toBe(250_001);
    const last = await page(emulator, meetingId, 'page=2501&page_size=100');
    expect(last).toMatchObject({ total_count: 250_001, total_page: 2501, current_size: 1 });
    expect(last.phone_numbers[0]).toMatchObject({
      ms_open_id: expect.any(String),
      status: expect.any(String),
    });
    await expect(startEmulator({ largeCalloutCount: 0 })).rejects.toThrow(RangeError);
    await expect(startEmulator({ largeCalloutCount: 1.5 })).rejects.toThrow(/whole number/);
  });

  it('pages through all 10,000 callouts of the large meeting with no gaps or duplicates', async () => {
    const emulator = await start();
    const { meetingId, calloutCount } = emulator.tencent.fixtures.largeCalloutMeeting;
    expect(calloutCount).toBe(10_000);
    const first = await page(emulator, meetingId, 'page=1&page_size=100');
    expect(first).toMatchObject({
      meeting_id: meetingId,
      total_count: 10_000,
      total_page: 100,
      current_page: 1,
    });
    expect(first.current_size).toBe(100);

    const pages = [first];
    for (let number = 2; number <= first.total_page; number++) {
      pages.push(await page(emulator, meetingId, `page=${number}&page_size=100`));
    }
    const rows = pages.flatMap((each) => each.phone_numbers);
    expect(rows).toHaveLength(10_000);
    expect(new Set(rows.map((row) => row.ms_open_id)).size).toBe(10_000);
    expect(pages.map((each) => each.current_page)).toEqual(
      Array.from({ length: 100 }, (_, index) => index + 1),
    );
    expect(pages.every((each) => each.current_size === each.phone_numbers.length)).toBe(true);

    const statuses = new Set(rows.map((row) => row.status));
    for (const status of [
      'START_INVITE',
      'START_ACCEPT',
      'LEAVE_WITHOUT_ACCEPT',
      'LEAVE_WITH_ACCEPTED',
      'CANCLE_INVITE',
      '',
    ]) {
      expect(statuses).toContain(status);
    }
    expect(new Set(rows.map((row) => row.area))).toEqual(new Set([86, 852, 1]));
  });

  it('sends the documented field types', async () => {
    const emulator = await start();
    const { meetingId } = emulator.tencent.fixtures.largeCalloutMeeting;
    const { phone_numbers: rows } = await page(emulator, meetingId, 'page=3&page_size=100');
    for (const row of rows) {
      expect(typeof row.area).toBe('number');
      expect(row.phone).toMatch(/^\d+$/);
      expect(typeof row.status).toBe('string');
      expect(typeof row.ms_open_id).toBe('string');
      if ('extension_number' in row) expect(row.extension_number).toMatch(/^\d+$/);
      if ('nick_name' in row) expect(typeof row.nick_name).toBe('string');
      expect(
        Object.keys(row).every((key) =>
          ['area', 'phone', 'extension_number', 'status', 'ms_open_id', 'nick_name'].includes(key),
        ),
      ).toBe(true);
    }
    expect(rows.some((row) => 'extension_number' in row)).toBe(true);
    expect(rows.some((row) => 'nick_name' in row)).toBe(true);
  });

  it('defaults page_size to 20 and answers past the last page with an empty page', async () => {
    const emulator = await start();
    const { meetingId, calloutCount } = emulator.tencent.fixtures.liveMeeting;
    const defaults = await page(emulator, meetingId, 'page=1');
    expect(defaults.current_size).toBe(calloutCount);
    expect(defaults.total_page).toBe(1);
    const past = await page(emulator, meetingId, 'page=9&page_size=5');
    expect(past).toMatchObject({
      current_page: 9,
      current_size: 0,
      total_count: calloutCount,
      phone_numbers: [],
    });
  });

  it('rejects page_size over 100, page 0, a missing page and a non-numeric meeting id with 190004', async () => {
    const emulator = await start();
    const { meetingId } = emulator.tencent.fixtures.largeCalloutMeeting;
    const answers = await Promise.all([
      call(emulator, { path: listPath(emulator, meetingId, 'page=1&page_size=101') }),
      call(emulator, { path: listPath(emulator, meetingId, 'page=0&page_size=10') }),
      call(emulator, { path: listPath(emulator, meetingId, 'page_size=10') }),
      call(emulator, { path: listPath(emulator, '12ab', 'page=1') }),
      call(emulator, { path: `/v1/meeting/${meetingId}/phone/callout?page=1` }),
    ]);
    expect(answers.map(errorCode)).toEqual([190004, 190004, 190004, 190004, 190004]);
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400]);
  });

  it('answers an unknown meeting with 190457, a stranger with 9042 and an unknown user with 190001', async () => {
    const emulator = await start();
    const { fixtures } = emulator.tencent;
    const missing = await call(emulator, { path: listPath(emulator, fixtures.missingMeetingId, 'page=1') });
    const foreign = await call(emulator, {
      path: listPath(emulator, fixtures.foreignMeeting.meetingId, 'page=1'),
    });
    const stranger = await call(emulator, {
      path: `/v1/meeting/${fixtures.liveMeeting.meetingId}/phone/callout?${operatorQuery(emulator, fixtures.otherUserId)}&page=1`,
    });
    const unregistered = await call(emulator, {
      path: `/v1/meeting/${fixtures.liveMeeting.meetingId}/phone/callout?${operatorQuery(emulator, fixtures.unregisteredUserId)}&page=1`,
    });
    expect([missing, foreign, stranger, unregistered].map(errorCode)).toEqual([190457, 9042, 9042, 190001]);
    expect(missing.status).toBe(400);
    expect(unregistered.status).toBe(500);
  });

  it('lets hosts and co-hosts read, not only the creator', async () => {
    const emulator = await start();
    const { coHostedMeeting, hostedMeeting } = emulator.tencent.fixtures;
    expect((await page(emulator, coHostedMeeting.meetingId, 'page=1')).total_count).toBe(
      coHostedMeeting.calloutCount,
    );
    expect((await page(emulator, hostedMeeting.meetingId, 'page=1')).total_count).toBe(
      hostedMeeting.calloutCount,
    );
  });

  it('shows every status, "" and an undocumented one in the every-status meeting', async () => {
    const emulator = await start();
    const { everyStatusMeeting, undocumentedCalloutStatus } = emulator.tencent.fixtures;
    const { phone_numbers: rows } = await page(emulator, everyStatusMeeting.meetingId, 'page=1&page_size=7');
    expect(rows.map((row) => row.status)).toEqual([
      'START_INVITE',
      'START_ACCEPT',
      'LEAVE_WITHOUT_ACCEPT',
      'LEAVE_WITH_ACCEPTED',
      'CANCLE_INVITE',
      '',
      undocumentedCalloutStatus,
    ]);
    const blank = await page(
      emulator,
      emulator.tencent.fixtures.blankStatusMeeting.meetingId,
      'page=1&page_size=100',
    );
    expect(new Set(blank.phone_numbers.map((row) => row.status))).toEqual(new Set(['']));
  });

  it('accepts an open id as operator (operator_id_type 2), as the seed example does', async () => {
    const emulator = await start();
    const { liveMeeting } = emulator.tencent.fixtures;
    const userid = await call(emulator, { path: listPath(emulator, liveMeeting.meetingId, 'page=1') });
    const participants = await call(emulator, {
      path: `/v1/meetings/${emulator.tencent.fixtures.endedMeeting.meetingId}/participants?userid=${emulator.tencent.credentials.operatorId}&size=100`,
    });
    const creator = (
      participants.json as { participants: { userid: string; open_id?: string }[] }
    ).participants.find((participant) => participant.userid === emulator.tencent.credentials.operatorId);
    expect(creator?.open_id).toBeTruthy();
    const byOpenId = await call(emulator, {
      path: `/v1/meeting/${liveMeeting.meetingId}/phone/callout?operator_id=${encodeURIComponent(creator?.open_id ?? '')}&operator_id_type=2&page=1`,
    });
    expect(byOpenId.status).toBe(200);
    expect(byOpenId.json).toEqual(userid.json);
    const rooms = await call(emulator, {
      path: `/v1/meeting/${liveMeeting.meetingId}/phone/callout?operator_id=x&operator_id_type=3&page=1`,
    });
    expect(errorCode(rooms)).toBe(190004);
  });
});
