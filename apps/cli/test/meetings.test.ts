import type { Emulator } from '@callroll/emulator';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCallroll } from './support/run-callroll.js';
import { startTestEmulator, tencentEnv } from './support/test-servers.js';

interface MeetingRow {
  provider: string;
  id: string;
  code: string | null;
  topic: string | null;
  status: string;
  startAt: string | null;
  endAt: string | null;
}

let emulator: Emulator;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  env = tencentEnv(emulator);
});
afterAll(() => emulator.close());

// Wide enough for every seeded meeting (the data is made around the emulator's start).
const wide = () => {
  const day = 86_400_000;
  return [
    '--from',
    new Date(Date.now() - 120 * day).toISOString(),
    '--to',
    new Date(Date.now() + 60 * day).toISOString(),
  ];
};

describe('callroll meetings', () => {
  it('lists the meetings of a range as JSON, live, upcoming and ended', async () => {
    const result = await runCallroll(['meetings', '--provider', 'tencent', '-f', 'json', ...wide()], { env });
    expect(result.code).toBe(0);
    const meetings = JSON.parse(result.stdout) as MeetingRow[];
    const { operatorMeetings, largeCalloutMeeting, endedMeeting } = emulator.tencent.fixtures;
    expect(meetings.length).toBe(operatorMeetings.liveAndUpcoming + operatorMeetings.ended);
    expect(new Set(meetings.map((meeting) => meeting.id)).size).toBe(meetings.length);
    expect(meetings.find((meeting) => meeting.id === largeCalloutMeeting.meetingId)).toMatchObject({
      code: largeCalloutMeeting.meetingCode,
      topic: largeCalloutMeeting.subject,
      status: 'live',
    });
    expect(meetings.find((meeting) => meeting.id === endedMeeting.meetingId)?.status).toBe('ended');
    for (const meeting of meetings) expect(meeting.startAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
  });

  it('keeps to the range: every meeting overlaps it', async () => {
    const from = new Date(Date.now() - 10 * 86_400_000);
    const to = new Date(Date.now() - 3 * 86_400_000);
    const result = await runCallroll(
      ['meetings', '-p', 'tencent', '-f', 'ndjson', '--from', from.toISOString(), '--to', to.toISOString()],
      { env },
    );
    expect(result.code).toBe(0);
    const meetings = result.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as MeetingRow);
    for (const meeting of meetings) {
      expect(Date.parse(meeting.startAt ?? '')).toBeLessThan(to.getTime());
      expect(Date.parse(meeting.endAt ?? meeting.startAt ?? '')).toBeGreaterThanOrEqual(from.getTime());
    }
  });

  it('reads dates in the local time zone, a lone --to date being the whole day', async () => {
    const args = ['meetings', '-p', 'tencent', '-f', 'csv', '--from', '2020-01-01', '--to', '2020-01-31'];
    const result = await runCallroll(args, { env: { ...env, TZ: 'Asia/Shanghai' } });
    expect(result.code).toBe(0);
    expect(parse(result.stdout, { columns: true })).toEqual([]);
  });

  it('prints a table on request, with localized statuses and local times', async () => {
    const result = await runCallroll(['meetings', '-p', 'tencent', '-f', 'table', ...wide()], {
      env: { ...env, CALLROLL_LANG: 'zh-CN', TZ: 'Asia/Shanghai' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^ID\s+会议号\s+主题\s+状态\s+开始/);
    expect(result.stdout).toContain('进行中');
    expect(result.stdout).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });
});
