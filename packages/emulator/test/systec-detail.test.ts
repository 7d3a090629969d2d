import { describe, expect, it } from 'vitest';
import { telephonyTypes } from '../src/index.js';
import { useSharedEmulator } from './support/emulator-fixture.js';
import {
  allDetailPages,
  dataOf,
  envelopeError,
  systecPost,
  type WireMeeting,
} from './support/systec-post.js';

// Every test here only reads, so they share one emulator.
const emulator = useSharedEmulator({ now: Date.parse('2025-06-16T03:00:00Z') });
const start = async () => emulator();
const naive = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

let tenDays: Promise<WireMeeting[]> | undefined;
/** The busy month's first ten days (about 400 meetings) with both arrays, fetched once. */
function firstTenDays(): Promise<WireMeeting[]> {
  tenDays ??= (async () => {
    const { from } = emulator().systec.fixtures.busyMonth;
    const pages = await allDetailPages(emulator(), {
      from,
      to: `${from.slice(0, 8)}10`,
      page_size: '300',
      show_participants: 'true',
      show_telephony_usage: 'true',
    });
    return pages.flatMap((page) => page.meetings);
  })();
  return tenDays;
}

describe('share/detail paging', () => {
  it('pages through the busy month with no gaps or repeats, oldest first', async () => {
    const emulator = await start();
    const { busyMonth } = emulator.systec.fixtures;
    expect(busyMonth.meetingCount).toBeGreaterThanOrEqual(1_000);
    const pages = await allDetailPages(emulator, { from: busyMonth.from, to: busyMonth.to, page_size: '97' });
    expect(pages).toHaveLength(Math.ceil(busyMonth.meetingCount / 97));
    const uuids = pages.flatMap((page) => page.meetings.map((meeting) => meeting.uuid));
    expect(uuids).toHaveLength(busyMonth.meetingCount);
    expect(new Set(uuids).size).toBe(busyMonth.meetingCount);
    const starts = pages.flatMap((page) => page.meetings.map((meeting) => meeting.start_time ?? ''));
    expect([...starts].sort()).toEqual(starts);
    expect(starts[0]?.slice(0, 10)).toBe(busyMonth.from);
    expect(starts.at(-1)?.slice(0, 10)).toBe(busyMonth.to);

    pages.forEach((page, index) => {
      expect(page).toMatchObject({
        from: busyMonth.from,
        to: busyMonth.to,
        total_record: busyMonth.meetingCount,
        total_page: pages.length,
        page_number: index + 1,
        page_size: 97,
        has_previous_page: index > 0,
        has_next_page: index < pages.length - 1,
      });
    });
    // The same listing in pages of 300 holds the same meetings in the same order.
    const big = await allDetailPages(emulator, { from: busyMonth.from, to: busyMonth.to, page_size: '300' });
    expect(big.flatMap((page) => page.meetings.map((meeting) => meeting.uuid))).toEqual(uuids);
  });

  it('defaults to 30 a page, page 1; a page past the end is empty; 300 is the most', async () => {
    const emulator = await start();
    const { from, to, meetingCount } = emulator.systec.fixtures.busyMonth;
    const first = dataOf(await systecPost(emulator, 'share/detail', { params: { from, to } }));
    expect(first).toMatchObject({
      page_size: 30,
      page_number: 1,
      has_previous_page: false,
      has_next_page: true,
    });
    expect(first.meetings).toHaveLength(30);
    const beyond = dataOf(
      await systecPost(emulator, 'share/detail', { params: { from, to, page_number: String(meetingCount) } }),
    );
    expect(beyond).toMatchObject({ meetings: [], has_next_page: false, has_previous_page: true });
    for (const page_size of ['301', '0', 'ten']) {
      const refused = await systecPost(emulator, 'share/detail', { params: { from, to, page_size } });
      expect(envelopeError(refused)?.status).toBe(400);
    }
    expect(
      envelopeError(await systecPost(emulator, 'share/detail', { params: { page_number: '0' } }))?.status,
    ).toBe(400);
  });

  it('filters by host_id and refuses an unknown one', async () => {
    const emulator = await start();
    const { from, to, hostId, hostMeetingCount } = emulator.systec.fixtures.busyMonth;
    const pages = await allDetailPages(emulator, { from, to, host_id: hostId, page_size: '300' });
    const meetings = pages.flatMap((page) => page.meetings);
    expect(meetings).toHaveLength(hostMeetingCount);
    expect(new Set(meetings.map((meeting) => meeting.host_id))).toEqual(new Set([hostId]));
    const unknown = await systecPost(emulator, 'share/detail', { params: { host_id: 'NoSuchRoom' } });
    expect(envelopeError(unknown)?.status).toBe(404);
  });
});

describe('share/detail dates', () => {
  it('serves at most one month: a longer range returns only its last month', async () => {
    const emulator = await start();
    const { to, meetingCount } = emulator.systec.fixtures.busyMonth;
    const data = dataOf(await systecPost(emulator, 'share/detail', { params: { from: '2025-01-01', to } }));
    expect(data.from).toBe('2025-05-01');
    expect(data.to).toBe(to);
    expect(data.total_record).toBe(meetingCount);
    // 2025-05-15 back one month is 2025-04-15: the range starts the day after.
    const mid = dataOf(
      await systecPost(emulator, 'share/detail', { params: { from: '2025-04-01', to: '2025-05-15' } }),
    );
    expect([mid.from, mid.to]).toEqual(['2025-04-16', '2025-05-15']);
    const exact = dataOf(
      await systecPost(emulator, 'share/detail', { params: { from: '2025-04-16', to: '2025-05-15' } }),
    );
    expect(exact.total_record).toBe(mid.total_record);
  });

  it('defaults both dates to today, lists live meetings without end_time, attendees still in without leave_time', async () => {
    const emulator = await start();
    const { today, liveMeeting } = emulator.systec.fixtures;
    const pages = await allDetailPages(emulator, { show_participants: 'true', page_size: '300' });
    expect(pages[0]).toMatchObject({ from: today, to: today });
    const meetings = pages.flatMap((page) => page.meetings);
    const live = meetings.find((meeting) => meeting.uuid === liveMeeting.uuid);
    expect(live).toBeDefined();
    expect(live).not.toHaveProperty('end_time');
    expect(live?.participants).toHaveLength(liveMeeting.participantCount);
    expect(live?.participants?.some((participant) => participant.leave_time === undefined)).toBe(true);
    for (const meeting of meetings) expect(meeting.start_time?.slice(0, 10)).toBe(today);
  });

  it('accepts unpadded dates and refuses bad ones or from after to', async () => {
    const emulator = await start();
    const unpadded = dataOf(
      await systecPost(emulator, 'share/detail', { params: { from: '2025-5-1', to: '2025-5-2' } }),
    );
    expect([unpadded.from, unpadded.to]).toEqual(['2025-05-01', '2025-05-02']);
    for (const params of [
      { from: '2025-02-30' },
      { to: '2025/05/01' },
      { from: '2025-05-03', to: '2025-05-02' },
    ]) {
      expect(envelopeError(await systecPost(emulator, 'share/detail', { params }))?.status).toBe(400);
    }
  });
});

describe('share/detail content', () => {
  it('adds participants and telephony usage only when asked', async () => {
    const emulator = await start();
    const { costMeeting } = emulator.systec.fixtures;
    const day = costMeeting.startTime.slice(0, 10);
    const bare = dataOf(await systecPost(emulator, 'share/detail', { params: { from: day, to: day } }));
    expect(bare.meetings[0]).not.toHaveProperty('participants');
    expect(bare.meetings[0]).not.toHaveProperty('telephony_usage');
    const full = dataOf(
      await systecPost(emulator, 'share/detail', {
        params: {
          from: day,
          to: day,
          show_participants: 'true',
          show_telephony_usage: '1',
          page_size: '300',
        },
      }),
    );
    expect(full.meetings.every((meeting) => Array.isArray(meeting.participants))).toBe(true);
    expect(full.meetings.every((meeting) => Array.isArray(meeting.telephony_usage))).toBe(true);
    const refused = await systecPost(emulator, 'share/detail', { params: { show_participants: 'yes' } });
    expect(envelopeError(refused)?.status).toBe(400);
  });

  it('charges the cost fixture exactly 120.00 yuan: 1,000 two-minute call-outs at 0.12', async () => {
    const emulator = await start();
    const { costMeeting } = emulator.systec.fixtures;
    const data = dataOf(
      await systecPost(emulator, 'share/meetingdetail', { params: { uuid: costMeeting.uuid } }),
    );
    const calls = data.meetings[0]?.telephony_usage ?? [];
    expect(calls).toHaveLength(1_000);
    let fen = 0;
    for (const call of calls) {
      expect(call).toMatchObject({ type: 'call-out', duration: 2, total: 0.12 });
      fen += Math.round(call.total * 100);
    }
    expect(fen).toBe(12_000);
    expect(costMeeting).toMatchObject({ totalFen: 12_000, totalYuan: '120.00' });
  });

  it('writes phone participants of every type as E.164 numbers with minutes and yuan', async () => {
    const emulator = await start();
    const { everyTypeMeeting } = emulator.systec.fixtures;
    const data = dataOf(
      await systecPost(emulator, 'share/meetingdetail', { params: { uuid: everyTypeMeeting.uuid } }),
    );
    const types = (data.meetings[0]?.telephony_usage ?? []).map((call) => call.type);
    expect(new Set(types)).toEqual(new Set(telephonyTypes));
    const calls = (await firstTenDays()).flatMap((meeting) => meeting.telephony_usage ?? []);
    expect(calls.length).toBeGreaterThan(500);
    for (const call of calls) {
      expect(call.phone_number).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(telephonyTypes).toContain(call.type);
      expect(call.start_time).toMatch(naive);
      expect(call.end_time >= call.start_time).toBe(true);
      expect(Number.isInteger(call.duration) && (call.duration as number) >= 1).toBe(true);
      expect(Math.round(call.total * 100)).toBeCloseTo(call.total * 100, 6);
    }
  });

  it('writes topics in Chinese and English, uuids with + / =, and ended meetings with fewer than two attendees', async () => {
    const emulator = await start();
    const { busyMonth } = emulator.systec.fixtures;
    const meetings = await firstTenDays();
    expect(meetings.some((meeting) => /[\u4e00-\u9fff]/.test(meeting.topic ?? ''))).toBe(true);
    expect(meetings.some((meeting) => /^[\x20-\x7e]+$/.test(meeting.topic ?? ''))).toBe(true);
    expect(meetings.filter((meeting) => /[+/]/.test(meeting.uuid ?? '')).length).toBeGreaterThan(40);
    expect(meetings.every((meeting) => meeting.uuid?.endsWith('=='))).toBe(true);
    const small = meetings.filter((meeting) => (meeting.participants?.length ?? 0) < 2);
    expect(small.length).toBeGreaterThan(0);
    // Small meetings are exactly the unreported ones: a report asks for every meeting back.
    const reported = dataOf(
      await systecPost(emulator, 'share/meetingdetail', {
        params: {
          uuid: meetings
            .slice(0, 200)
            .map((meeting) => meeting.uuid)
            .join(','),
        },
      }),
    );
    const without = reported.meetings.filter((entry) => entry.id !== undefined).map((entry) => entry.id);
    expect(without).toEqual(
      meetings
        .slice(0, 200)
        .filter((meeting) => (meeting.participants?.length ?? 0) < 2)
        .map((meeting) => meeting.uuid),
    );
    expect(busyMonth.reportedCount).toBeLessThan(busyMonth.meetingCount);
    for (const meeting of meetings) {
      expect(typeof meeting.meeting_id).toBe('string');
      expect(meeting.end_time).toMatch(naive);
      expect(meeting.is_extra === 0 || meeting.is_extra === 1).toBe(true);
      for (const participant of meeting.participants ?? []) {
        expect(participant.join_time >= (meeting.start_time ?? '')).toBe(true);
        expect((participant.leave_time ?? '') >= participant.join_time).toBe(true);
        expect((participant.leave_time ?? '') <= (meeting.end_time ?? '')).toBe(true);
      }
    }
  });
});
