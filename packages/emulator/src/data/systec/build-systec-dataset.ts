import { randomFor, type SeededRandom } from '../../random/seeded-random.js';
import { maxIdsPerCall, maxPageSize } from '../../systec/limits.js';
import { civilOf, dayFromCivil, dayOf, dayStartSeconds, isoDate, weekdayOf } from './calendar-day.js';
import { makePublicRooms, type PublicRoom } from './public-rooms.js';
import { makeAttendance } from './systec-attendance.js';
import type { SystecDataset } from './systec-dataset.js';
import type { SystecFixtureMeeting, SystecFixtures } from './systec-fixtures.js';
import { type CallPlan, isReported, type SystecMeeting } from './systec-meeting.js';
import { randomTopic } from './systec-topics.js';

export interface SystecDatasetOptions {
  seed: number;
  /** The moment the data is made around, unix milliseconds. */
  anchorMs: number;
}

const minute = 60;
const hour = 3_600;
/** Days are Beijing days: rooms open 08:00 to 22:00 there, which is the same date in UTC too. */
const beijing = 8 * hour;

/** What a fixture meeting fixes; everything else is drawn as for any meeting. */
interface MeetingRecipe {
  startSeconds: number;
  lengthSeconds?: number;
  live?: boolean;
  participantCount?: number;
  callCount?: number;
  callPlan?: CallPlan;
  meetingId?: string;
  hostId?: string;
  uuidWithAllSpecials?: boolean;
}

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
  const roomWeights = rooms.map((room) => [room, room.weight] as const);
  const firstRoom = rooms[0];
  if (!firstRoom) throw new Error('The Systec dataset needs a room');

  const usedUuids = new Set<string>();
  const usedMeetingIds = new Set<string>();
  const made: SystecMeeting[] = [];
  const make = (streamKey: string, recipe: MeetingRecipe): SystecMeeting => {
    const random = randomFor(seed, 'systec-meeting', streamKey);
    const meeting = makeMeeting(random, streamKey, recipe, roomWeights, nowSeconds);
    meeting.uuid = unique(usedUuids, () => randomUuid(random, recipe.uuidWithAllSpecials === true));
    if (recipe.meetingId === undefined)
      meeting.meetingId = unique(usedMeetingIds, () => randomMeetingId(random));
    made.push(meeting);
    return meeting;
  };

  // A room's personal meeting number, reused by the recurring fixture's three meetings.
  const personalMeetingId = unique(usedMeetingIds, () => randomMeetingId(randomFor(seed, 'systec-pmi')));

  for (let day = firstDay; day <= today; day++) {
    const date = isoDate(day);
    const dayRandom = randomFor(seed, 'systec-day', date);
    const weekday = weekdayOf(day);
    const count = weekday === 0 || weekday === 6 ? dayRandom.int(16, 24) : dayRandom.int(44, 60);
    const opens = dayStartSeconds(day, beijing) + 8 * hour;
    for (let index = 0; index < count; index++) {
      const startSeconds = opens + dayRandom.int(0, 14 * hour - 1);
      // Nothing has started after `now`; what is still running at `now` is live.
      if (startSeconds < nowSeconds) make(`${date}#${index}`, { startSeconds });
    }
  }

  const at = (day: number, hours: number, minutes: number) =>
    dayStartSeconds(day, beijing) + hours * hour + minutes * minute;
  const cost = make('fixture:cost', {
    startSeconds: at(busyFrom + 9, 10, 0),
    lengthSeconds: 95 * minute,
    participantCount: 8,
    callCount: 1_000,
    callPlan: 'cost-fixture',
  });
  const everyType = make('fixture:every-type', {
    startSeconds: at(busyFrom + 11, 14, 30),
    lengthSeconds: 62 * minute,
    participantCount: 6,
    callCount: 12,
    callPlan: 'every-type',
  });
  const tooFew = make('fixture:too-few', {
    startSeconds: at(busyFrom + 12, 16, 0),
    lengthSeconds: 20 * minute,
    participantCount: 1,
    callCount: 1,
  });
  const special = make('fixture:special-characters', {
    startSeconds: at(busyFrom + 13, 11, 0),
    lengthSeconds: 40 * minute,
    participantCount: 4,
    callCount: 2,
    uuidWithAllSpecials: true,
  });
  const recurring = [2, 9, 16].map((offset, index) =>
    make(`fixture:recurring#${index}`, {
      startSeconds: at(busyFrom + offset, 9, 0) + index * 7,
      lengthSeconds: 50 * minute,
      participantCount: 5,
      callCount: 1,
      meetingId: personalMeetingId,
      hostId: firstRoom.hostId,
    }),
  );
  const live = make('fixture:live', {
    startSeconds: nowSeconds - 25 * minute,
    live: true,
    participantCount: 9,
    callCount: 3,
  });
  make('fixture:live#1', {
    startSeconds: nowSeconds - 50 * minute,
    live: true,
    participantCount: 14,
    callCount: 2,
  });
  make('fixture:live#2', {
    startSeconds: nowSeconds - 8 * minute,
    live: true,
    participantCount: 3,
    callCount: 0,
  });

  // Stable: meetings that start in the same second keep the order they were made in.
  const meetings = [...made].sort((a, b) => a.startSeconds - b.startSeconds);
  const meetingsByMeetingId = new Map<string, SystecMeeting[]>();
  for (const meeting of meetings) {
    const list = meetingsByMeetingId.get(meeting.meetingId);
    if (list) list.push(meeting);
    else meetingsByMeetingId.set(meeting.meetingId, [meeting]);
  }
  const attendance = (meeting: SystecMeeting) => makeAttendance(seed, meeting, nowSeconds);

  const busyStart = dayStartSeconds(busyFrom, beijing);
  const busyEnd = dayStartSeconds(busyTo + 1, beijing);
  const inBusyMonth = meetings.filter((m) => m.startSeconds >= busyStart && m.startSeconds < busyEnd);
  const perHost = new Map<string, number>();
  for (const meeting of inBusyMonth) perHost.set(meeting.hostId, (perHost.get(meeting.hostId) ?? 0) + 1);
  const [busiestHost, busiestCount] = [...perHost].reduce((best, entry) =>
    entry[1] > best[1] ? entry : best,
  );
  const costFen = attendance(cost).calls.reduce((sum, call) => sum + call.totalFen, 0);
  const missing = randomFor(seed, 'systec-missing');

  const fixtures: SystecFixtures = {
    rooms: rooms.map(({ hostId, name }) => ({ hostId, name })),
    today: isoDate(today),
    busyMonth: {
      from: isoDate(busyFrom),
      to: isoDate(busyTo),
      meetingCount: inBusyMonth.length,
      reportedCount: inBusyMonth.filter(isReported).length,
      hostId: busiestHost,
      hostMeetingCount: busiestCount,
    },
    costMeeting: { ...toFixture(cost), totalFen: costFen, totalYuan: (costFen / 100).toFixed(2) },
    everyTypeMeeting: toFixture(everyType),
    liveMeeting: toFixture(live),
    tooFewParticipantsMeeting: toFixture(tooFew),
    specialCharactersMeeting: toFixture(special),
    recurringMeeting: { meetingId: personalMeetingId, uuids: recurring.map((meeting) => meeting.uuid) },
    missingUuid: unique(new Set(usedUuids), () => randomUuid(missing, false)),
    missingMeetingId: unique(new Set(usedMeetingIds), () => randomMeetingId(missing)),
    maxIdsPerCall,
    maxPageSize,
  };

  return {
    seed,
    nowSeconds,
    rooms,
    meetings,
    meetingsByUuid: new Map(meetings.map((meeting) => [meeting.uuid, meeting])),
    meetingsByMeetingId,
    roomsByHostId: new Map(rooms.map((room) => [room.hostId, room])),
    fixtures,
    attendance,
  };
}

/** Attendee counts by band and weight: a few meetings with fewer than two (no report), a few large. */
const participantBands: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 0], 1],
  [[1, 1], 4],
  [[2, 2], 8],
  [[3, 6], 20],
  [[7, 15], 38],
  [[16, 40], 22],
  [[41, 80], 7],
];

/** Phone participants of a meeting that has any (45% have none). */
const callBands: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 1], 40],
  [[2, 2], 25],
  [[3, 4], 15],
  [[5, 8], 12],
  [[9, 20], 8],
];

function makeMeeting(
  random: SeededRandom,
  streamKey: string,
  recipe: MeetingRecipe,
  roomWeights: readonly (readonly [PublicRoom, number])[],
  nowSeconds: number,
): SystecMeeting {
  const room = random.weighted(roomWeights);
  const scheduledMinutes = random.pick([30, 40, 45, 60, 60, 60, 90, 120]);
  const roll = random.next();
  // Most meetings run about as booked; some are abandoned early, some overrun.
  const drawnLength =
    roll < 0.15
      ? random.int(2 * minute, 15 * minute)
      : roll < 0.9
        ? Math.floor(scheduledMinutes * minute * (0.7 + random.next() * 0.5))
        : (scheduledMinutes + random.int(10, 90)) * minute + random.int(0, 59);
  const endSeconds = recipe.startSeconds + (recipe.lengthSeconds ?? drawnLength);
  const participantCount = inBand(random, random.weighted(participantBands));
  const callCount = random.chance(0.45) ? 0 : inBand(random, random.weighted(callBands));
  return {
    streamKey,
    uuid: '',
    meetingId: recipe.meetingId ?? '',
    hostId: recipe.hostId ?? room.hostId,
    topic: randomTopic(random),
    startSeconds: recipe.startSeconds,
    ...(recipe.live === true || endSeconds > nowSeconds ? {} : { endSeconds }),
    scheduledMinutes,
    isExtra: random.chance(0.03),
    participantCount: recipe.participantCount ?? participantCount,
    callCount: recipe.callCount ?? callCount,
    callPlan: recipe.callPlan ?? 'random',
  };
}

function inBand(random: SeededRandom, [low, high]: readonly [number, number]): number {
  return random.int(low, high);
}

/** 16 random bytes in standard base64: `==` always, `+` and `/` often. */
function randomUuid(random: SeededRandom, allSpecials: boolean): string {
  const bytes = random.bytes(16);
  if (allSpecials) {
    // Bytes 3 and 4 start the second base64 quartet: 0xFB then 0xF? write "+/" there.
    bytes[3] = 0xfb;
    bytes[4] = 0xf0 | ((bytes[4] ?? 0) & 0x0f);
  }
  return bytes.toString('base64');
}

/** Zoom-style meeting numbers: mostly 10 digits, some 9 or 11 (all within safe integers). */
function randomMeetingId(random: SeededRandom): string {
  const length = random.weighted<number>([
    [10, 85],
    [11, 10],
    [9, 5],
  ]);
  return `${random.int(1, 9)}${random.digits(length - 1)}`;
}

function unique(taken: Set<string>, make: () => string): string {
  for (;;) {
    const candidate = make();
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
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
