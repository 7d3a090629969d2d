import { describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { call, operatorQuery, useEmulators } from './support/emulator-fixture.js';

const start = useEmulators();
const now = Date.parse('2025-06-16T03:00:00Z');

/** A few answers that between them cover every kind of generated record. */
async function snapshot(emulator: Emulator): Promise<unknown[]> {
  const { fixtures } = emulator.tencent;
  const paths = [
    `/v1/meeting/${fixtures.largeCalloutMeeting.meetingId}/phone/callout?${operatorQuery(emulator)}&page=57&page_size=100`,
    `/v1/meeting/${fixtures.everyStatusMeeting.meetingId}/phone/callout?${operatorQuery(emulator)}&page=1&page_size=100`,
    `/v1/meetings/${fixtures.liveMeeting.meetingId}?${operatorQuery(emulator)}&instanceid=1`,
    `/v1/meetings?userid=${fixtures.operatorId}&instanceid=1`,
    `/v1/history/meetings/${fixtures.operatorId}?page=2&page_size=20`,
    `/v1/meetings/${fixtures.manyParticipantsMeeting.meetingId}/participants?userid=${fixtures.operatorId}&pos=100&size=100`,
  ];
  const answers: unknown[] = [];
  for (const path of paths) answers.push((await call(emulator, { path })).json);
  return answers;
}

describe('seeded data', () => {
  it('is the same for the same seed and moment', async () => {
    const a = await start({ seed: 'same', now });
    const b = await start({ seed: 'same', now });
    expect(b.tencent.fixtures).toEqual(a.tencent.fixtures);
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('keeps ids and codes when only the moment differs', async () => {
    const a = await start({ seed: 'same', now });
    const b = await start({ seed: 'same', now: now + 3 * 86_400_000 });
    expect(b.tencent.fixtures.largeCalloutMeeting.meetingId).toBe(
      a.tencent.fixtures.largeCalloutMeeting.meetingId,
    );
    expect(b.tencent.fixtures.missingMeetingCode).toBe(a.tencent.fixtures.missingMeetingCode);
  });

  it('differs between seeds', async () => {
    const a = await start({ seed: 'one', now });
    const b = await start({ seed: 'two', now });
    expect(b.tencent.fixtures.largeCalloutMeeting.meetingId).not.toBe(
      a.tencent.fixtures.largeCalloutMeeting.meetingId,
    );
    expect(await snapshot(b)).not.toEqual(await snapshot(a));
  });

  it('uses 20-digit ids beyond MAX_SAFE_INTEGER, 9-digit codes, and keeps roles across seeds', async () => {
    for (const seed of ['a', 'b', 12345]) {
      const emulator = await start({ seed, now });
      const { fixtures } = emulator.tencent;
      const meetings = [
        fixtures.largeCalloutMeeting,
        fixtures.everyStatusMeeting,
        fixtures.liveMeeting,
        fixtures.upcomingMeeting,
        fixtures.endedMeeting,
        fixtures.foreignMeeting,
      ];
      for (const meeting of meetings) {
        expect(meeting.meetingId).toMatch(/^[1-9]\d{19}$/);
        expect(BigInt(meeting.meetingId) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
        expect(meeting.meetingCode).toMatch(/^[1-9]\d{8}$/);
      }
      expect(new Set(meetings.map((meeting) => meeting.meetingId)).size).toBe(meetings.length);
      expect(fixtures.largeCalloutMeeting.calloutCount).toBe(10_000);
      expect(fixtures.operatorMeetings.liveAndUpcoming).toBe(46);
      expect(fixtures.operatorMeetings.ended).toBe(60);
      expect(fixtures.missingMeetingId).not.toBe(fixtures.largeCalloutMeeting.meetingId);
    }
  });

  it('has Chinese and English subjects and hosts, and numbers in areas 86, 852 and 1 with extensions', async () => {
    const emulator = await start({ now });
    const { fixtures } = emulator.tencent;
    const history = (
      await call(emulator, { path: `/v1/history/meetings/${fixtures.operatorId}?page=1&page_size=20` })
    ).json as { meeting_info_list: { subject: string }[] };
    const subjects = history.meeting_info_list.map((row) => row.subject);
    expect(subjects.some((subject) => /[\u4e00-\u9fff]/.test(subject))).toBe(true);
    expect(subjects.some((subject) => /^[\x20-\x7e—:&()]+$/.test(subject))).toBe(true);

    const page = (
      await call(emulator, {
        path: `/v1/meeting/${fixtures.largeCalloutMeeting.meetingId}/phone/callout?${operatorQuery(emulator)}&page=1&page_size=100`,
      })
    ).json as { phone_numbers: { area: number; phone: string; extension_number?: string }[] };
    const rows = page.phone_numbers;
    expect(rows.some((row) => row.area === 86 && /^1\d{10}$/.test(row.phone))).toBe(true);
    expect(rows.some((row) => row.area === 86 && row.phone.startsWith('0'))).toBe(true);
    expect(rows.some((row) => row.extension_number !== undefined)).toBe(true);
    expect(rows.some((row) => row.area === 852 && row.phone.length === 8)).toBe(true);
    expect(rows.some((row) => row.area === 1 && row.phone.length === 10)).toBe(true);
  });
});
