import { maxIdsPerCall, maxPageSize } from '../../systec/limits.js';
import { dayStartSeconds, isoDate } from './calendar-day.js';
import type { PublicRoom } from './public-rooms.js';
import type { SystecAttendance } from './systec-attendance.js';
import type { SystecFixtureMeetings } from './systec-fixture-meetings.js';
import type { SystecFixtureMeeting, SystecFixtures } from './systec-fixtures.js';
import { isReported, type SystecMeeting } from './systec-meeting.js';
import type { SystecMeetingFactory } from './systec-meeting-factory.js';

export interface SystecFixturesInput {
  rooms: readonly PublicRoom[];
  /** Day numbers: today, and the first and last day of the busy month. */
  today: number;
  busyFrom: number;
  busyTo: number;
  /** Offset of the days' time zone from UTC, seconds. */
  zoneOffset: number;
  /** Every meeting, by start time. */
  meetings: readonly SystecMeeting[];
  fixtureMeetings: SystecFixtureMeetings;
  personalMeetingId: string;
  /** Draws the missing ids, once every meeting is made. */
  factory: SystecMeetingFactory;
  attendance(meeting: SystecMeeting): SystecAttendance;
}

/** What the Systec half's tests may rely on: counts of the busy month, fixture meetings, missing ids. */
export function buildSystecFixtures(input: SystecFixturesInput): SystecFixtures {
  const { busyFrom, busyTo, zoneOffset, fixtureMeetings: fixture } = input;
  const busyStart = dayStartSeconds(busyFrom, zoneOffset);
  const busyEnd = dayStartSeconds(busyTo + 1, zoneOffset);
  const inBusyMonth = input.meetings.filter((m) => m.startSeconds >= busyStart && m.startSeconds < busyEnd);
  const perHost = new Map<string, number>();
  for (const meeting of inBusyMonth) perHost.set(meeting.hostId, (perHost.get(meeting.hostId) ?? 0) + 1);
  const [busiestHost, busiestCount] = [...perHost].reduce((best, entry) =>
    entry[1] > best[1] ? entry : best,
  );
  const costFen = input.attendance(fixture.cost).calls.reduce((sum, call) => sum + call.totalFen, 0);
  const missing = input.factory.missingIds();
  return {
    rooms: input.rooms.map(({ hostId, name }) => ({ hostId, name })),
    today: isoDate(input.today),
    busyMonth: {
      from: isoDate(busyFrom),
      to: isoDate(busyTo),
      meetingCount: inBusyMonth.length,
      reportedCount: inBusyMonth.filter(isReported).length,
      hostId: busiestHost,
      hostMeetingCount: busiestCount,
    },
    costMeeting: { ...toFixture(fixture.cost), totalFen: costFen, totalYuan: (costFen / 100).toFixed(2) },
    everyTypeMeeting: toFixture(fixture.everyType),
    liveMeeting: toFixture(fixture.live),
    tooFewParticipantsMeeting: toFixture(fixture.tooFew),
    specialCharactersMeeting: toFixture(fixture.special),
    recurringMeeting: {
      meetingId: input.personalMeetingId,
      uuids: fixture.recurring.map((meeting) => meeting.uuid),
    },
    missingUuid: missing.uuid,
    missingMeetingId: missing.meetingId,
    maxIdsPerCall,
    maxPageSize,
  };
}

function toFixture(meeting: SystecMeeting): SystecFixtureMeeting {
  return {
    uuid: meeting.uuid,
    meetingId: meeting.meetingId,
    hostId: meeting.hostId,
    topic: meeting.topic,
    startTime: new Date(meeting.startSeconds * 1000).toISOString().replace('.000Z', 'Z'),
    participantCount: meeting.participantCount,
    callCount: meeting.callCount,
    reported: isReported(meeting),
  };
}
