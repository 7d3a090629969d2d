import type { SeededRandom } from '../random/seeded-random.js';
import type { FixtureMeeting, TencentFixtures } from './fixtures.js';
import type { CalloutProfile, MeetingPhase } from './meeting.js';

export type FixtureName = {
  [K in keyof TencentFixtures]: TencentFixtures[K] extends FixtureMeeting ? K : never;
}[keyof TencentFixtures];

/** What the plan fixes about a meeting; the rest is drawn when the meeting is made. */
export interface MeetingSpec {
  phase: MeetingPhase;
  creatorId: string;
  operatorRole?: 'host' | 'co-host';
  calloutCount: number;
  calloutProfile: CalloutProfile;
  participantCount: number;
  subject?: string;
  fixture?: FixtureName;
}

const upcomingCount = 41;
const endedCount = 57;

/** The plan of meetings: fixed roles and counts, so fixtures mean the same under every seed. */
export function meetingSpecs(
  operatorId: string,
  otherUserId: string,
  pool: string[],
  random: SeededRandom,
  largeCalloutCount: number,
): MeetingSpec[] {
  // In this order: the groups draw from one stream, so reordering them would change every seed's plan.
  return [
    ...liveSpecs(operatorId, largeCalloutCount),
    ...upcomingSpecs(operatorId),
    ...endedSpecs(operatorId, random),
    ...cancelledSpecs(operatorId),
    ...othersSpecs(otherUserId, pool, random),
    ...poolSpecs(pool, random),
  ];
}

/** The operator's live meetings, the callout fixtures among them. */
function liveSpecs(op: string, largeCalloutCount: number): MeetingSpec[] {
  return [
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
}

function upcomingSpecs(op: string): MeetingSpec[] {
  const specs: MeetingSpec[] = [];
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
  return specs;
}

function endedSpecs(op: string, random: SeededRandom): MeetingSpec[] {
  const specs: MeetingSpec[] = [];
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
  return specs;
}

function cancelledSpecs(op: string): MeetingSpec[] {
  return [
    {
      phase: 'cancelled',
      creatorId: op,
      calloutCount: 0,
      calloutProfile: 'mixed',
      participantCount: 0,
      fixture: 'cancelledMeeting',
    },
    { phase: 'cancelled', creatorId: op, calloutCount: 0, calloutProfile: 'mixed', participantCount: 0 },
  ];
}

/** Live meetings others created: one the operator co-hosts, one it hosts, one it has no role in. */
function othersSpecs(otherUserId: string, pool: string[], random: SeededRandom): MeetingSpec[] {
  return [
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
  ];
}

/** Meetings of the other users: a few ended ones the operator hosted, then any phase. */
function poolSpecs(pool: string[], random: SeededRandom): MeetingSpec[] {
  const specs: MeetingSpec[] = [];
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
