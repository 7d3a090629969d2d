import { randomFor } from '../random/seeded-random.js';
import type { IdStream } from './id-stream.js';
import type { EnterpriseUser, Meeting } from './meeting.js';
import type { MeetingSchedule } from './meeting-schedule.js';
import type { MeetingSpec } from './meeting-specs.js';
import { randomSubject } from './subjects.js';
import { day, hour } from './time-units.js';

/** What every meeting of the dataset is made with. */
export interface MeetingContext {
  seed: number;
  operatorId: string;
  users: readonly EnterpriseUser[];
  /** The users who may create, host or co-host others' meetings. */
  rolePool: readonly EnterpriseUser[];
  anchorSeconds: number;
  schedule: MeetingSchedule;
  ids: IdStream;
}

/** The header of planned meeting `index`, drawn from its own stream (ids from the shared one). */
export function makeMeeting(context: MeetingContext, spec: MeetingSpec, index: number): Meeting {
  const { operatorId, users, anchorSeconds, ids } = context;
  const random = randomFor(context.seed, 'meeting', index);
  const { startTime, endTime } = context.schedule.next(spec.phase, random);
  const hostIds = spec.operatorRole === 'host' ? [operatorId] : [];
  const coHostIds = spec.operatorRole === 'co-host' ? [operatorId] : [];
  const others = context.rolePool.filter((user) => user.userid !== spec.creatorId);
  if (random.chance(0.4)) hostIds.push(random.pick(others).userid);
  if (random.chance(0.3)) coHostIds.push(random.pick(others).userid);
  const meeting: Meeting = {
    index,
    meetingId: ids.nextId(),
    meetingCode: ids.nextCode(),
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
}
