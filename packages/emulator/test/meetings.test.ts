import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { call, operatorQuery, useEmulators } from './support/emulator-fixture.js';
import { errorCode } from './support/signed-fetch.js';

const start = useEmulators();

type Info = Record<string, unknown>;

async function json<T>(emulator: Emulator, path: string): Promise<T> {
  const response = await call(emulator, { path });
  expect(response.status, response.text).toBe(200);
  return response.json as T;
}

describe('meeting by id and by code', () => {
  it('answers with one MeetingInfo whose id and times are strings', async () => {
    const emulator = await start();
    const { liveMeeting } = emulator.tencent.fixtures;
    const answer = await json<{ meeting_number: number; meeting_info_list: Info[] }>(
      emulator,
      `/v1/meetings/${liveMeeting.meetingId}?${operatorQuery(emulator)}&instanceid=1`,
    );
    expect(answer.meeting_number).toBe(1);
    const [info] = answer.meeting_info_list;
    expect(info).toMatchObject({
      meeting_id: liveMeeting.meetingId,
      meeting_code: liveMeeting.meetingCode,
      subject: liveMeeting.subject,
      status: 'MEETING_STATE_STARTED',
    });
    expect(info?.start_time).toMatch(/^\d{10}$/);
    expect(info?.end_time).toMatch(/^\d{10}$/);
    expect(liveMeeting.meetingId).toMatch(/^\d{20}$/);
    expect(BigInt(liveMeeting.meetingId) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(liveMeeting.meetingCode).toMatch(/^\d{9}$/);
  });

  it('finds the same meeting by its code', async () => {
    const emulator = await start();
    const { endedMeeting } = emulator.tencent.fixtures;
    const byId = await json<Info>(
      emulator,
      `/v1/meetings/${endedMeeting.meetingId}?${operatorQuery(emulator)}&instanceid=1`,
    );
    const byCode = await json<Info>(
      emulator,
      `/v1/meetings?meeting_code=${endedMeeting.meetingCode}&${operatorQuery(emulator)}&instanceid=1`,
    );
    expect(byCode).toEqual(byId);
    expect((byId.meeting_info_list as Info[])[0]?.status).toBe('MEETING_STATE_ENDED');
  });

  it('answers 9003 for unknown ids and codes, 190004 for malformed ones, 190001 for unknown operators', async () => {
    const emulator = await start();
    const { fixtures } = emulator.tencent;
    const answers = await Promise.all([
      call(emulator, {
        path: `/v1/meetings/${fixtures.missingMeetingId}?${operatorQuery(emulator)}&instanceid=1`,
      }),
      call(emulator, {
        path: `/v1/meetings?meeting_code=${fixtures.missingMeetingCode}&${operatorQuery(emulator)}&instanceid=1`,
      }),
      call(emulator, {
        path: `/v1/meetings?meeting_code=123%20456%20789&${operatorQuery(emulator)}&instanceid=1`,
      }),
      call(emulator, { path: `/v1/meetings/abc?${operatorQuery(emulator)}&instanceid=1` }),
      call(emulator, {
        path: `/v1/meetings/${fixtures.liveMeeting.meetingId}?${operatorQuery(emulator, fixtures.unregisteredUserId)}&instanceid=1`,
      }),
    ]);
    expect(answers.map(errorCode)).toEqual([9003, 9003, 190004, 190004, 190001]);
  });

  it('sends the password to the creator only', async () => {
    const emulator = await start();
    const { fixtures } = emulator.tencent;
    const owned = await json<{ meeting_info_list: Info[] }>(
      emulator,
      `/v1/meetings/${fixtures.foreignMeeting.meetingId}?${operatorQuery(emulator, fixtures.otherUserId)}&instanceid=1`,
    );
    const seen = await json<{ meeting_info_list: Info[] }>(
      emulator,
      `/v1/meetings/${fixtures.foreignMeeting.meetingId}?${operatorQuery(emulator)}&instanceid=1`,
    );
    const [ownedInfo] = owned.meeting_info_list;
    const [seenInfo] = seen.meeting_info_list;
    expect(seenInfo && 'password' in seenInfo).toBe(false);
    expect(ownedInfo?.need_password).toBe(seenInfo?.need_password);
    if (ownedInfo?.need_password === true) expect(ownedInfo.password).toMatch(/^\d{4,6}$/);
  });
});

interface ListPage {
  meeting_number: number;
  meeting_info_list: Info[];
  remaining: number;
  next_pos: number;
  next_cursory: number;
}

describe("a user's live and upcoming meetings", () => {
  it('pages by pos and cursory, at most 20 a call, without repeats', async () => {
    const emulator = await start();
    const { operatorId, operatorMeetings } = emulator.tencent.fixtures;
    const ids: string[] = [];
    let pos = 0;
    let cursory = 0;
    let calls = 0;
    for (;;) {
      const query = pos === 0 ? '' : `&pos=${pos}&cursory=${cursory}`;
      const page = await json<ListPage>(emulator, `/v1/meetings?userid=${operatorId}&instanceid=1${query}`);
      calls++;
      expect(page.meeting_info_list.length).toBeLessThanOrEqual(20);
      expect(page.meeting_number).toBe(page.meeting_info_list.length);
      ids.push(...page.meeting_info_list.map((info) => info.meeting_id as string));
      if (page.remaining === 0) break;
      pos = page.next_pos;
      cursory = page.next_cursory;
      expect(calls).toBeLessThan(10);
    }
    expect(ids).toHaveLength(operatorMeetings.liveAndUpcoming);
    expect(new Set(ids).size).toBe(ids.length);
    expect(calls).toBe(Math.ceil(operatorMeetings.liveAndUpcoming / 20));
    expect(ids).toContain(emulator.tencent.fixtures.largeCalloutMeeting.meetingId);
    expect(ids).toContain(emulator.tencent.fixtures.upcomingMeeting.meetingId);
    expect(ids).not.toContain(emulator.tencent.fixtures.cancelledMeeting.meetingId);
  });

  it('repeats boundary meetings when paged by pos alone, as the docs warn', async () => {
    const emulator = await start();
    const { operatorId, operatorMeetings } = emulator.tencent.fixtures;
    const seen: string[] = [];
    let pos = 0;
    for (let calls = 0; calls < 10; calls++) {
      const page = await json<ListPage>(
        emulator,
        `/v1/meetings?userid=${operatorId}&instanceid=1${pos === 0 ? '' : `&pos=${pos}`}`,
      );
      seen.push(...page.meeting_info_list.map((info) => info.meeting_id as string));
      if (page.remaining === 0) break;
      pos = page.next_pos;
    }
    expect(seen.length).toBeGreaterThan(operatorMeetings.liveAndUpcoming);
    expect(new Set(seen).size).toBe(operatorMeetings.liveAndUpcoming);
  });

  it('needs userid and instanceid', async () => {
    const emulator = await start();
    const { operatorId } = emulator.tencent.fixtures;
    const noInstance = await call(emulator, { path: `/v1/meetings?userid=${operatorId}` });
    const noUser = await call(emulator, { path: '/v1/meetings?instanceid=1' });
    expect([noInstance, noUser].map(errorCode)).toEqual([190004, 190004]);
  });
});

interface HistoryPage {
  current_page: number;
  current_size: number;
  total_count: number;
  total_page: number;
  meeting_info_list: Info[];
}

describe('ended meetings', () => {
  it('pages 20 at a most, newest first, with integer times', async () => {
    const emulator = await start();
    const { operatorId, operatorMeetings } = emulator.tencent.fixtures;
    const first = await json<HistoryPage>(emulator, `/v1/history/meetings/${operatorId}?page=1&page_size=20`);
    expect(first.total_count).toBe(operatorMeetings.ended);
    expect(first.total_page).toBe(Math.ceil(operatorMeetings.ended / 20));
    const rows = [...first.meeting_info_list];
    for (let page = 2; page <= first.total_page; page++) {
      const next = await json<HistoryPage>(
        emulator,
        `/v1/history/meetings/${operatorId}?page=${page}&page_size=20`,
      );
      expect(next.current_page).toBe(page);
      expect(next.current_size).toBe(next.meeting_info_list.length);
      rows.push(...next.meeting_info_list);
    }
    expect(rows).toHaveLength(operatorMeetings.ended);
    expect(new Set(rows.map((row) => row.meeting_id)).size).toBe(rows.length);
    const starts = rows.map((row) => row.start_time as number);
    expect(starts.every((start) => Number.isInteger(start))).toBe(true);
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
    expect(rows.every((row) => Number.isInteger(row.end_time))).toBe(true);

    const tooBig = await call(emulator, { path: `/v1/history/meetings/${operatorId}?page=1&page_size=21` });
    expect(errorCode(tooBig)).toBe(190004);
  });

  it('filters by a start_time/end_time range and rejects ranges over 90 days', async () => {
    const emulator = await start();
    const { operatorId } = emulator.tencent.fixtures;
    const all = await json<HistoryPage>(emulator, `/v1/history/meetings/${operatorId}?page=1&page_size=20`);
    const newest = all.meeting_info_list[0]?.start_time as number;
    const from = newest - 20 * 86_400;
    const ranged = await json<HistoryPage>(
      emulator,
      `/v1/history/meetings/${operatorId}?page=1&page_size=20&start_time=${from}&end_time=${newest}`,
    );
    expect(ranged.total_count).toBeGreaterThan(0);
    expect(ranged.total_count).toBeLessThan(all.total_count);
    expect(ranged.meeting_info_list.every((row) => (row.start_time as number) >= from)).toBe(true);

    const wide = await call(emulator, {
      path: `/v1/history/meetings/${operatorId}?page=1&page_size=20&start_time=${newest - 91 * 86_400}&end_time=${newest}`,
    });
    const backwards = await call(emulator, {
      path: `/v1/history/meetings/${operatorId}?page=1&page_size=20&start_time=${newest}&end_time=${from}`,
    });
    expect([wide, backwards].map(errorCode)).toEqual([190004, 190004]);
  });
});

interface ParticipantsPage {
  meeting_id: string;
  subject: string;
  participants: Info[];
  has_remaining: boolean;
  next_pos: number;
  total_count: number;
}

describe('participants', () => {
  it('pages by pos and size up to 100, with base64 names, hashed phones and string times', async () => {
    const emulator = await start();
    const { operatorId, manyParticipantsMeeting } = emulator.tencent.fixtures;
    const rows: Info[] = [];
    let pos = 0;
    let calls = 0;
    for (;;) {
      const page = await json<ParticipantsPage>(
        emulator,
        `/v1/meetings/${manyParticipantsMeeting.meetingId}/participants?userid=${operatorId}&pos=${pos}&size=100`,
      );
      calls++;
      expect(page.total_count).toBe(230);
      rows.push(...page.participants);
      if (!page.has_remaining) break;
      pos = page.next_pos;
    }
    expect(calls).toBe(3);
    expect(rows).toHaveLength(230);
    expect(new Set(rows.map((row) => row.ms_open_id)).size).toBe(230);
    for (const row of rows) {
      expect(row.user_name).toMatch(/^[A-Za-z0-9+/_-]+={0,2}$/);
      expect(row.join_time).toMatch(/^\d{10}$/);
      if ('left_time' in row) expect(row.left_time).toMatch(/^\d{10}$/);
      if ('phone' in row) expect(row.phone).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(rows.some((row) => row.instanceid === 0 && 'phone' in row)).toBe(true);
    const names = rows.map((row) => row.user_name as string);
    expect(names.some((name) => name.endsWith('='))).toBe(true);
    expect(names.some((name) => /[-_]/.test(name))).toBe(true);
  });

  it('sends the subject in base64 and 403/9042 to someone without a role', async () => {
    const emulator = await start();
    const { fixtures } = emulator.tencent;
    const page = await json<ParticipantsPage>(
      emulator,
      `/v1/meetings/${fixtures.endedMeeting.meetingId}/participants?userid=${fixtures.operatorId}`,
    );
    expect(Buffer.from(page.subject, 'base64').toString('utf8')).toBe(fixtures.endedMeeting.subject);
    expect(page.participants.length).toBeLessThanOrEqual(20);

    const stranger = await call(emulator, {
      path: `/v1/meetings/${fixtures.foreignMeeting.meetingId}/participants?userid=${fixtures.operatorId}`,
    });
    expect(stranger.status).toBe(403);
    expect(errorCode(stranger)).toBe(9042);
    const tooBig = await call(emulator, {
      path: `/v1/meetings/${fixtures.endedMeeting.meetingId}/participants?userid=${fixtures.operatorId}&size=101`,
    });
    expect(errorCode(tooBig)).toBe(190004);
  });

  it('answers an upcoming meeting with an empty list', async () => {
    const emulator = await start();
    const { fixtures } = emulator.tencent;
    const page = await json<ParticipantsPage>(
      emulator,
      `/v1/meetings/${fixtures.upcomingMeeting.meetingId}/participants?userid=${fixtures.operatorId}`,
    );
    expect(page).toMatchObject({ participants: [], has_remaining: false, total_count: 0 });
  });
});
