import { describe, expect, it } from 'vitest';
import { type Emulator, type SystecQuirk, systecQuirkNames } from '../src/index.js';
import { useEmulators } from './support/emulator-fixture.js';
import {
  allDetailPages,
  dataOf,
  type ListingData,
  systecPost,
  type WireMeeting,
} from './support/systec-post.js';

const start = useEmulators();
const now = Date.parse('2025-06-16T03:00:00Z');
const naive = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** The busy month's first six days (about 250 meetings, 7 pages) with both arrays. */
async function sample(emulator: Emulator): Promise<{ pages: ListingData[]; meetings: WireMeeting[] }> {
  const { from } = emulator.systec.fixtures.busyMonth;
  const to = `${from.slice(0, 8)}06`;
  const pages = await allDetailPages(emulator, {
    from,
    to,
    page_size: '40',
    show_participants: 'true',
    show_telephony_usage: 'true',
  });
  return { pages, meetings: pages.flatMap((page) => page.meetings) };
}

const participantsOf = (meetings: WireMeeting[]) => meetings.flatMap((meeting) => meeting.participants ?? []);
const callsOf = (meetings: WireMeeting[]) => meetings.flatMap((meeting) => meeting.telephony_usage ?? []);
const timesOf = (meetings: WireMeeting[]) => [
  ...meetings.flatMap((meeting) => [meeting.start_time, meeting.end_time]),
  ...participantsOf(meetings).flatMap((participant) => [participant.join_time, participant.leave_time]),
  ...callsOf(meetings).flatMap((call) => [call.start_time, call.end_time]),
];

/** What each quirk changes, as predicates on a sample: [strict holds everywhere, loose form seen]. */
const checks: Record<
  SystecQuirk,
  (sample: { pages: ListingData[]; meetings: WireMeeting[] }) => { strict: boolean; loose: boolean }
> = {
  'unpadded-dates': ({ pages, meetings }) => {
    const dates = pages.flatMap((page) => [page.from, page.to]);
    const times = timesOf(meetings).filter((time) => time !== undefined && time !== '');
    return {
      strict:
        dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(String(date))) &&
        times.every((time) => naive.test(time ?? '')),
      loose:
        times.some((time) => /^\d{4}-\d{1}-\d{1,2} \d{2}:\d{2}:\d{2}$/.test(time ?? '')) &&
        times.some((time) => naive.test(time ?? '')),
    };
  },
  'numeric-ids': ({ meetings }) => ({
    strict: meetings.every((meeting) => typeof meeting.meeting_id === 'string'),
    loose:
      meetings.some((meeting) => typeof meeting.meeting_id === 'number') &&
      meetings.some((meeting) => typeof meeting.meeting_id === 'string'),
  }),
  'string-durations': ({ meetings }) => {
    const durations = [
      ...meetings.map((meeting) => meeting.duration),
      ...callsOf(meetings).map((call) => call.duration),
    ];
    const strings = durations.filter((duration) => typeof duration === 'string') as string[];
    return {
      strict: durations.every((duration) => typeof duration === 'number'),
      loose:
        strings.some((text) => /^\d+$/.test(text)) &&
        strings.some((text) => /^\d+分钟$/.test(text)) &&
        strings.some((text) => /^\d{2}:\d{2}$/.test(text)),
    };
  },
  'string-booleans': ({ pages }) => {
    const flags = pages.flatMap((page) => [page.has_previous_page, page.has_next_page]);
    return {
      strict: flags.every((flag) => typeof flag === 'boolean'),
      loose: flags.some((flag) => flag === 'true' || flag === 'false'),
    };
  },
  'loose-flags': ({ meetings }) => {
    const flags = meetings.map((meeting) => meeting.is_extra);
    return {
      strict: flags.every((flag) => flag === 0 || flag === 1),
      loose:
        flags.some((flag) => flag === '0' || flag === '1') && flags.some((flag) => typeof flag === 'boolean'),
    };
  },
  'empty-end-time': ({ meetings }) => ({
    strict: meetings.every((meeting) => naive.test(meeting.end_time ?? '')),
    loose: meetings.some((meeting) => meeting.end_time === ''),
  }),
  'missing-leave-time': ({ meetings }) => ({
    strict: participantsOf(meetings).every((participant) => participant.leave_time !== undefined),
    loose: participantsOf(meetings).some((participant) => participant.leave_time === undefined),
  }),
};

describe('Systec quirks', () => {
  it('are all off by default: the strict documented form', async () => {
    const emulator = await start({ now });
    expect(emulator.scenario.systecQuirks).toEqual([]);
    const strict = await sample(emulator);
    for (const quirk of systecQuirkNames)
      expect([quirk, checks[quirk](strict).strict]).toEqual([quirk, true]);
  });

  it.each(systecQuirkNames)('%s visibly changes the wire form, mixed with strict records', async (quirk) => {
    const emulator = await start({ now });
    const before = await sample(emulator);
    emulator.setScenario({ systecQuirks: [quirk] });
    const after = await sample(emulator);
    expect(checks[quirk](before)).toMatchObject({ strict: true });
    expect(checks[quirk](after)).toEqual({ strict: false, loose: true });
    // Only the wire form changes: the same meetings in the same order.
    expect(after.meetings.map((meeting) => meeting.uuid)).toEqual(
      before.meetings.map((meeting) => meeting.uuid),
    );
  });

  it('apply to the report endpoints too, and the same record always looks the same', async () => {
    const emulator = await start({ now, scenario: { systecQuirks: [...systecQuirkNames] } });
    const { meetings } = await sample(emulator);
    const uuids = meetings.slice(0, 100).map((meeting) => meeting.uuid ?? '');
    const first = dataOf(
      await systecPost(emulator, 'share/meetingdetail', { params: { uuid: uuids.join(',') } }),
    );
    const again = dataOf(
      await systecPost(emulator, 'share/meetingdetail', { params: { uuid: uuids.join(',') } }),
    );
    expect(again).toEqual(first);
    expect(first.meetings.some((meeting) => typeof meeting.meeting_id === 'number')).toBe(true);
    const listed = new Map(meetings.map((meeting) => [meeting.uuid, meeting]));
    for (const entry of first.meetings.filter((meeting) => meeting.uuid !== undefined)) {
      expect(entry).toEqual(listed.get(entry.uuid));
    }
  });

  it('refuses unknown quirk names', async () => {
    const emulator = await start({ now });
    expect(() => emulator.setScenario({ systecQuirks: ['meteor' as SystecQuirk] })).toThrow();
  });
});

describe('Systec time formats', () => {
  it('writes naive Beijing times by default, naive UTC or ISO with Z when asked, reading dates in that zone', async () => {
    const emulator = await start({ now });
    const { costMeeting } = emulator.systec.fixtures;
    const startOf = async () => {
      const data = dataOf(
        await systecPost(emulator, 'share/meetingdetail', { params: { uuid: costMeeting.uuid } }),
      );
      return data.meetings[0]?.start_time;
    };
    const instant = new Date(costMeeting.startTime);
    const beijing = new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(await startOf()).toBe(beijing);
    emulator.setScenario({ systecTimeFormat: 'naive-utc' });
    expect(await startOf()).toBe(costMeeting.startTime.slice(0, 19).replace('T', ' '));
    emulator.setScenario({ systecTimeFormat: 'iso-utc' });
    expect(await startOf()).toBe(costMeeting.startTime);

    // The live meetings started this morning Beijing time; in UTC "today" is still the same date.
    const { today } = emulator.systec.fixtures;
    const iso = dataOf(await systecPost(emulator, 'share/detail', { params: { from: today, to: today } }));
    expect(iso.meetings.length).toBeGreaterThan(0);
    for (const meeting of iso.meetings)
      expect(meeting.start_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('reads from/to in the zone it writes: a late meeting moves to the previous UTC day', async () => {
    const emulator = await start({ now: Date.parse('2025-06-16T17:30:00Z') });
    const { today } = emulator.systec.fixtures;
    expect(today).toBe('2025-06-17');
    // The live fixtures started after 01:00 Beijing on the 17th, which is still the 16th in UTC.
    const beijing = dataOf(
      await systecPost(emulator, 'share/detail', { params: { from: today, to: today } }),
    );
    expect(beijing.meetings.length).toBe(3);
    emulator.setScenario({ systecTimeFormat: 'naive-utc' });
    const utcToday = dataOf(
      await systecPost(emulator, 'share/detail', { params: { from: today, to: today } }),
    );
    expect(utcToday.meetings).toHaveLength(0);
    const utcDay = dataOf(
      await systecPost(emulator, 'share/detail', {
        params: { from: '2025-06-16', to: '2025-06-16', page_size: '300' },
      }),
    );
    const uuids = new Set(utcDay.meetings.map((meeting) => meeting.uuid));
    for (const meeting of beijing.meetings) expect(uuids.has(meeting.uuid)).toBe(true);
  });
});
