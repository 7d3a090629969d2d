import { randomFor, type SeededRandom } from '../random/seeded-random.js';
import type { CalloutBook } from './callout-book.js';
import { calloutStatuses } from './callout-status.js';
import type { Dataset } from './dataset.js';
import type { FixtureMeeting, TencentFixtures } from './fixtures.js';
import {
  type CalloutProfile,
  hasMeetingRole,
  type Meeting,
  type MeetingPhase,
  meetingStatusOf,
} from './meeting.js';
import { makeCalloutBook } from './meeting-callouts.js';
import { makeParticipant, type ParticipantContext } from './participants.js';
import { makeUsers } from './people.js';
import { randomSubject } from './subjects.js';

export interface DatasetOptions {
  seed: number;
  /** The moment the data is made around, unix milliseconds. */
  anchorMs: number;
  operatorId: string;
  /** Salts the participants' phone hashes, as Tencent does. */
  secretId: string;
  /** How many callouts the large meeting has (default 10,000): benchmarks ask for more. */
  largeCalloutCount?: number | undefined;
}

type FixtureName = {
  [K in keyof TencentFixtures]: TencentFixtures[K] extends FixtureMeeting ? K : never;
}[keyof TencentFixtures];

interface MeetingSpec {
  phase: MeetingPhase;
  creatorId: string;
  operatorRole?: 'host' | 'co-host';
  calloutCount: number;
  calloutProfile: CalloutProfile;
  participantCount: number;
  subject?: string;
  fixture?: FixtureName;
}

const minute = 60;
const hour = 3_600;
const day = 86_400;
const beijingOffset = 8 * hour;
const upcomingCount = 41;
const endedCount = 57;

/**
 * Makes the seeded world. Only users and about 120 meeting headers are made here; callouts and
 * participants are made row by row when read, so start-up stays in the milliseconds.
 */
export function buildDataset(options: DatasetOptions): Dataset {
  const { seed, operatorId } = options;
  const anchorSeconds = Math.floor(options.anchorMs / 1000 / minute) * minute;
  const dayStart = Math.floor((anchorSeconds + beijingOffset) / day) * day - beijingOffset;
  const users = makeUsers(randomFor(seed, 'users'), operatorId, 24);
  const otherUser = users[1];
  if (!otherUser) throw new Error('The dataset needs at least two users');
  const rolePool = users.slice(2);
  const specs = meetingSpecs(
    operatorId,
    otherUser.userid,
    rolePool.map((user) => user.userid),
    randomFor(seed, 'plan'),
    options.largeCalloutCount ?? 10_000,
  );

  const idRandom = randomFor(seed, 'ids');
  const usedIds = new Set<string>();
  const usedCodes = new Set<string>();
  const nextId = () => unique(usedIds, () => `${idRandom.int(1, 9)}${idRandom.digits(19)}`);
  const nextCode = () => unique(usedCodes, () => `${idRandom.int(1, 9)}${idRandom.digits(8)}`);

  let upcomingSlot = 0;
  const firstUpcoming = Math.ceil((anchorSeconds + 10 * minute) / (30 * minute)) * 30 * minute;
  const meetings: Meeting[] = specs.map((spec, index) => {
    const random = randomFor(seed, 'meeting', index);
    let startTime: number;
    let endTime: number;
    if (spec.phase === 'live') {
      // Never before today's Beijing midnight, so that the default meeting list shows it.
      startTime = Math.max(dayStart, floorTo(anchorSeconds - random.int(5, 120) * minute, 5 * minute));
      endTime = Math.max(startTime + random.int(2, 8) * 30 * minute, firstUpcoming + 30 * minute);
    } else if (spec.phase === 'upcoming') {
      // Some meetings share a start time: the `pos`-only paging of the meeting list repeats them.
      upcomingSlot += random.chance(0.2) ? 0 : random.int(1, 4);
      startTime = firstUpcoming + upcomingSlot * 30 * minute;
      endTime = startTime + random.pick([30, 45, 60, 90, 120]) * minute;
    } else if (spec.phase === 'cancelled') {
      startTime = firstUpcoming + random.int(1, 100) * 30 * minute;
      endTime = startTime + hour;
    } else {
      startTime =
        dayStart - random.int(1, 85) * day + random.int(9, 18) * hour + random.pick([0, 30]) * minute;
      endTime = startTime + random.int(2, 8) * 15 * minute;
    }
    const hostIds = spec.operatorRole === 'host' ? [operatorId] : [];
    const coHostIds = spec.operatorRole === 'co-host' ? [operatorId] : [];
    const others = rolePool.filter((user) => user.userid !== spec.creatorId);
    if (random.chance(0.4)) hostIds.push(random.pick(others).userid);
    if (random.chance(0.3)) coHostIds.push(random.pick(others).userid);
    const meeting: Meeting = {
      index,
      meetingId: nextId(),
      meetingCode: nextCode(),
      subject: spec.subject ?? randomSubject(random),
      creatorId: spec.creatorId,
      hostIds: [...new Set(hostIds)],
      coHostIds: [...new Set(coHostIds)].filter((id) => !hostIds.includes(id)),
      inviteeIds: Array.from({ length: random.int(0, 5) }, () => random.pick(users).userid),
      phase: spec.phase,
      startTime,
      endTime,
      updatedMs: (Math.min(startTime, anchorSeconds) - random.int(hour, 10 * day)) * 1000 + index,
      type: spec.phase === 'live' && random.chance(0.3) ? 1 : 0,
      calloutCount: spec.calloutCount,
      calloutProfile: spec.calloutProfile,
      participantCount: spec.phase === 'upcoming' || spec.phase === 'cancelled' ? 0 : spec.participantCount,
      subjectEncoding: index % 2 === 0 ? 'standard' : 'url-safe-unpadded',
    };
    if (random.chance(0.3)) meeting.password = random.digits(random.int(4, 6));
    return meeting;
  });

  const usersById = new Map(users.map((user) => [user.userid, user]));
  const fixtureMeetings = new Map<FixtureName, FixtureMeeting>();
  specs.forEach((spec, index) => {
    const meeting = meetings[index];
    if (spec.fixture && meeting) fixtureMeetings.set(spec.fixture, toFixture(meeting));
  });
  const fixture = (name: FixtureName): FixtureMeeting => {
    const found = fixtureMeetings.get(name);
    if (!found) throw new Error(`Fixture ${name} was not planned`);
    return found;
  };
  const operatorsEnded = meetings.filter(
    (meeting) => meeting.phase === 'ended' && hasMeetingRole(meeting, operatorId),
  ).length;
  const fixtures: TencentFixtures = {
    operatorId,
    otherUserId: otherUser.userid,
    unregisteredUserId: unique(new Set(usersById.keys()), () => `departed.user.${idRandom.digits(4)}`),
    largeCalloutMeeting: fixture('largeCalloutMeeting'),
    everyStatusMeeting: fixture('everyStatusMeeting'),
    blankStatusMeeting: fixture('blankStatusMeeting'),
    liveMeeting: fixture('liveMeeting'),
    upcomingMeeting: fixture('upcomingMeeting'),
    endedMeeting: fixture('endedMeeting'),
    cancelledMeeting: fixture('cancelledMeeting'),
    coHostedMeeting: fixture('coHostedMeeting'),
    hostedMeeting: fixture('hostedMeeting'),
    foreignMeeting: fixture('foreignMeeting'),
    manyParticipantsMeeting: fixture('manyParticipantsMeeting'),
    missingMeetingId: nextId(),
    missingMeetingCode: nextCode(),
    undocumentedCalloutStatus: calloutStatuses.undocumented,
    operatorMeetings: {
      liveAndUpcoming: meetings.filter(
        (meeting) =>
          meeting.creatorId === operatorId && (meeting.phase === 'live' || meeting.phase === 'upcoming'),
      ).length,
      ended: operatorsEnded,
    },
  };

  const participantContext: ParticipantContext = {
    seed,
    users,
    usersById,
    secretId: options.secretId,
    anchorSeconds,
  };
  let books = new Map<string, CalloutBook>();
  return {
    seed,
    anchorSeconds,
    listDayStartSeconds: dayStart,
    users,
    usersById,
    usersByOpenId: new Map(users.map((user) => [user.openId, user])),
    meetings,
    meetingsById: new Map(meetings.map((meeting) => [meeting.meetingId, meeting])),
    meetingsByCode: new Map(meetings.map((meeting) => [meeting.meetingCode, meeting])),
    fixtures,
    callouts(meeting) {
      let book = books.get(meeting.meetingId);
      if (!book) {
        book = makeCalloutBook(seed, meeting);
        books.set(meeting.meetingId, book);
      }
      return book;
    },
    participant: (meeting, index) => makeParticipant(participantContext, meeting, index),
    resetCallouts() {
      books = new Map();
    },
  };
}

/** The plan of meetings: fixed roles and counts, so fixtures mean the same under every seed. */
function meetingSpecs(
  operatorId: string,
  otherUserId: string,
  pool: string[],
  random: SeededRandom,
  largeCalloutCount: number,
): MeetingSpec[] {
  const op = operatorId;
  const specs: MeetingSpec[] = [
    {
      phase: 'live',
      creatorId: op,
      calloutCount: largeCalloutCount,
      calloutProfile: 'mixed',
      participantCount: 1_200,
      subject: '年度全员大会 · 电话接入 / Annual All-hands (dial-in)',
      fixture: 'largeCalloutMeeting',
    },
    {
      phase: 'live',
      creatorId: op,
      calloutCount: 48,
      calloutProfile: 'every-status',
      participantCount: 40,
      fixture: 'everyStatusMeeting',
    },
    {
      phase: 'live',
      creatorId: op,
      calloutCount: 24,
      calloutProfile: 'blank-status',
      participantCount: 12,
      fixture: 'blankStatusMeeting',
    },
    {
      phase: 'live',
      creatorId: op,
      calloutCount: 12,
      calloutProfile: 'mixed',
      participantCount: 25,
      fixture: 'liveMeeting',
    },
    { phase: 'live', creatorId: op, calloutCount: 8, calloutProfile: 'blank-status', participantCount: 6 },
  ];
  for (let index = 0; index < upcomingCount; index++) {
    specs.push({
      phase: 'upcoming',
      creatorId: op,
      calloutCount: 0,
      calloutProfile: 'mixed',
      participantCount: 0,
      ...(index === 0 ? { fixture: 'upcomingMeeting' as const } : {}),
    });
  }
  for (let index = 0; index < endedCount; index++) {
    specs.push({
      phase: 'ended',
      creatorId: op,
      calloutCount: random.int(0, 30),
      calloutProfile: 'finished',
      participantCount: index === 1 ? 230 : random.int(3, 80),
      ...(index === 0 ? { fixture: 'endedMeeting' as const } : {}),
      ...(index === 1 ? { fixture: 'manyParticipantsMeeting' as const } : {}),
    });
  }
  specs.push(
    {
      phase: 'cancelled',
      creatorId: op,
      calloutCount: 0,
      calloutProfile: 'mixed',
      participantCount: 0,
      fixture: 'cancelledMeeting',
    },
    { phase: 'cancelled', creatorId: op, calloutCount: 0, calloutProfile: 'mixed', participantCount: 0 },
    {
      phase: 'live',
      creatorId: otherUserId,
      operatorRole: 'co-host',
      calloutCount: 20,
      calloutProfile: 'mixed',
      participantCount: 30,
      fixture: 'coHostedMeeting',
    },
    {
      phase: 'live',
      creatorId: random.pick(pool),
      operatorRole: 'host',
      calloutCount: 6,
      calloutProfile: 'mixed',
      participantCount: 10,
      fixture: 'hostedMeeting',
    },
    {
      phase: 'live',
      creatorId: otherUserId,
      calloutCount: 15,
      calloutProfile: 'mixed',
      participantCount: 20,
      fixture: 'foreignMeeting',
    },
  );
  for (let index = 0; index < 3; index++) {
    specs.push({
      phase: 'ended',
      creatorId: random.pick(pool),
      operatorRole: 'host',
      calloutCount: random.int(0, 10),
      calloutProfile: 'finished',
      participantCount: random.int(3, 40),
    });
  }
  for (let index = 0; index < 9; index++) {
    const phase = random.pick<MeetingPhase>(['live', 'upcoming', 'ended']);
    specs.push({
      phase,
      creatorId: random.pick(pool),
      calloutCount: phase === 'upcoming' ? 0 : random.int(0, 20),
      calloutProfile: phase === 'ended' ? 'finished' : 'mixed',
      participantCount: random.int(3, 60),
    });
  }
  return specs;
}

function toFixture(meeting: Meeting): FixtureMeeting {
  return {
    meetingId: meeting.meetingId,
    meetingCode: meeting.meetingCode,
    subject: meeting.subject,
    status: meetingStatusOf[meeting.phase],
    calloutCount: meeting.calloutCount,
    participantCount: meeting.participantCount,
  };
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

function floorTo(value: number, step: number): number {
  return Math.floor(value / step) * step;
}
