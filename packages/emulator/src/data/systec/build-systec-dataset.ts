import { randomFor } from '../../random/seeded-random.js';
import { hour } from '../time-units.js';
import { buildSystecFixtures } from './build-systec-fixtures.js';
import { civilOf, dayFromCivil, dayOf, dayStartSeconds, isoDate, weekdayOf } from './calendar-day.js';
import { makePublicRooms } from './public-rooms.js';
import { makeAttendance } from './systec-attendance.js';
import type { SystecDataset } from './systec-dataset.js';
import { makeFixtureMeetings } from './systec-fixture-meetings.js';
import type { SystecMeeting } from './systec-meeting.js';
import { SystecMeetingFactory } from './systec-meeting-factory.js';

export interface SystecDatasetOptions {
  seed: number;
  /** The moment the data is made around, unix milliseconds. */
  anchorMs: number;
}

/** Days are Beijing days: rooms open 08:00 to 22:00 there, which is the same date in UTC too. */
const beijing = 8 * hour;

/**
 * Makes the Systec world: a dozen public rooms and their meetings from the first day of the
 * month two months before `now` up to `now` (about 4,000; over 1,000 in the busy month), plus the
 * fixtures' meetings. Only headers are made here, day by day from streams keyed by the date, so
 * a day's meetings do not change with the anchor; attendance is made when a meeting is read.
 */
export function buildSystecDataset(options: SystecDatasetOptions): SystecDataset {
  const { seed } = options;
  const nowSeconds = Math.floor(options.anchorMs / 1000);
  const today = dayOf(nowSeconds, beijing);
  const { year, month } = civilOf(today);
  const firstDay = dayFromCivil(year, month - 2, 1);
  const busyFrom = dayFromCivil(year, month - 1, 1);
  const busyTo = dayFromCivil(year, month, 1) - 1;
  const rooms = makePublicRooms(randomFor(seed, 'systec-rooms'));
  const firstRoom = rooms[0];
  if (!firstRoom) throw new Error('The Systec dataset needs a room');

  const factory = new SystecMeetingFactory(
    seed,
    rooms.map((room) => [room, room.weight] as const),
    nowSeconds,
  );
  const personalMeetingId = factory.personalMeetingId();
  for (let day = firstDay; day <= today; day++) makeDayMeetings(factory, seed, day, nowSeconds);
  const fixtureMeetings = makeFixtureMeetings(factory, {
    busyFrom,
    nowSeconds,
    zoneOffset: beijing,
    personalMeetingId,
    recurringHostId: firstRoom.hostId,
  });

  // Stable: meetings that start in the same second keep the order they were made in.
  const meetings = [...factory.made].sort((a, b) => a.startSeconds - b.startSeconds);
  const attendance = (meeting: SystecMeeting) => makeAttendance(seed, meeting, nowSeconds);
  const fixtures = buildSystecFixtures({
    rooms,
    today,
    busyFrom,
    busyTo,
    zoneOffset: beijing,
    meetings,
    fixtureMeetings,
    personalMeetingId,
    factory,
    attendance,
  });
  return {
    seed,
    nowSeconds,
    rooms,
    meetings,
    meetingsByUuid: new Map(meetings.map((meeting) => [meeting.uuid, meeting])),
    meetingsByMeetingId: groupByMeetingId(meetings),
    roomsByHostId: new Map(rooms.map((room) => [room.hostId, room])),
    fixtures,
    attendance,
  };
}

/** One day's meetings: fewer at weekends, from a stream keyed by the date. */
function makeDayMeetings(factory: SystecMeetingFactory, seed: number, day: number, nowSeconds: number): void {
  const date = isoDate(day);
  const dayRandom = randomFor(seed, 'systec-day', date);
  const weekday = weekdayOf(day);
  const count = weekday === 0 || weekday === 6 ? dayRandom.int(16, 24) : dayRandom.int(44, 60);
  const opens = dayStartSeconds(day, beijing) + 8 * hour;
  for (let index = 0; index < count; index++) {
    const startSeconds = opens + dayRandom.int(0, 14 * hour - 1);
    // Nothing has started after `now`; what is still running at `now` is live.
    if (startSeconds < nowSeconds) factory.make(`${date}#${index}`, { startSeconds });
  }
}

/** A meeting number can name several meetings (a room's personal number), kept in start order. */
function groupByMeetingId(meetings: readonly SystecMeeting[]): Map<string, SystecMeeting[]> {
  const byMeetingId = new Map<string, SystecMeeting[]>();
  for (const meeting of meetings) {
    const list = byMeetingId.get(meeting.meetingId);
    if (list) list.push(meeting);
    else byMeetingId.set(meeting.meetingId, [meeting]);
  }
  return byMeetingId;
}
