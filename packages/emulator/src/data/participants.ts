import { createHash } from 'node:crypto';
import { randomFor } from '../random/seeded-random.js';
import type { Base64Variant } from './base64.js';
import type { EnterpriseUser, Meeting } from './meeting.js';
import { randomOpaqueId, randomPersonName } from './people.js';
import { randomPhoneNumber } from './phone-number.js';

/** One attendance record of the participants endpoint, before encoding. */
export interface Participant {
  /** "" for phone and guest attendees. */
  userid: string;
  openId?: string;
  msOpenId: string;
  uuid: string;
  userName: string;
  userNameEncoding: Base64Variant;
  /** SHA-256 of `phone + "/" + secretId`, as the official SDKs describe the field: never the number. */
  phoneHash?: string;
  /** 0 PSTN, 1 PC, 2 Mac, 3 Android, 4 iOS, 5 Web. */
  instanceid: number;
  /** 0 member, 1 creator, 2 host, 3 creator+host, 6 co-host. */
  userRole: number;
  joinTime: number;
  /** Absent while the attendee is still in a live meeting. */
  leftTime?: number;
}

export interface ParticipantContext {
  seed: number;
  users: readonly EnterpriseUser[];
  usersById: ReadonlyMap<string, EnterpriseUser>;
  secretId: string;
  /** The dataset's "now", unix seconds: nobody joins a live meeting after it. */
  anchorSeconds: number;
}

/** Attendee `index` of `meeting`, made from its own seeded stream. */
export function makeParticipant(context: ParticipantContext, meeting: Meeting, index: number): Participant {
  const random = randomFor(context.seed, 'participant', meeting.index, index);
  const until =
    meeting.phase === 'live' ? Math.max(meeting.startTime + 60, context.anchorSeconds) : meeting.endTime;
  const joinTime = meeting.startTime + Math.floor(random.next() * (until - meeting.startTime) * 0.8);
  const stillIn = meeting.phase === 'live' && random.chance(0.6);
  const base = {
    msOpenId: randomOpaqueId(random),
    uuid: random.bytes(16).toString('hex'),
    userNameEncoding: random.chance(0.5) ? ('standard' as const) : ('url-safe-unpadded' as const),
    joinTime,
    ...(stillIn ? {} : { leftTime: joinTime + 1 + Math.floor(random.next() * (until - joinTime - 1)) }),
  };
  const creator = context.usersById.get(meeting.creatorId);
  if (index === 0 && creator) {
    return {
      ...base,
      userid: creator.userid,
      openId: creator.openId,
      userName: creator.name,
      instanceid: 1,
      userRole: 3,
    };
  }
  const instanceid = random.weighted<number>([
    [1, 35],
    [2, 15],
    [3, 15],
    [4, 15],
    [5, 5],
    [0, 15],
  ]);
  if (instanceid === 0) {
    const number = randomPhoneNumber(random);
    const masked = `${number.phone.slice(0, 3)}****${number.phone.slice(-4)}`;
    return {
      ...base,
      userid: '',
      userName: random.chance(0.4) ? randomPersonName(random) : masked,
      phoneHash: createHash('sha256').update(`${number.phone}/${context.secretId}`).digest('hex'),
      instanceid,
      userRole: 0,
    };
  }
  if (random.chance(0.6)) {
    const user = random.pick(context.users);
    const userRole = meeting.hostIds.includes(user.userid)
      ? 2
      : meeting.coHostIds.includes(user.userid)
        ? 6
        : 0;
    return { ...base, userid: user.userid, openId: user.openId, userName: user.name, instanceid, userRole };
  }
  return {
    ...base,
    userid: '',
    openId: randomOpaqueId(random, 16),
    userName: randomPersonName(random),
    instanceid,
    userRole: 0,
  };
}
