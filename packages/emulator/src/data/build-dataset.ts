import { randomFor } from '../random/seeded-random.js';
import { buildFixtures } from './build-fixtures.js';
import type { CalloutBook } from './callout-book.js';
import type { Dataset } from './dataset.js';
import { IdStream } from './id-stream.js';
import { type MeetingContext, makeMeeting } from './make-meeting.js';
import { makeCalloutBook } from './meeting-callouts.js';
import { MeetingSchedule } from './meeting-schedule.js';
import { meetingSpecs } from './meeting-specs.js';
import { makeParticipant, type ParticipantContext } from './participants.js';
import { makeUsers } from './people.js';
import { day, hour, minute } from './time-units.js';

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

const beijingOffset = 8 * hour;

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

  // The meetings draw their ids first, then the fixtures their missing ones: that order is the seed's data.
  const ids = new IdStream(randomFor(seed, 'ids'));
  const context: MeetingContext = {
    seed,
    operatorId,
    users,
    rolePool,
    anchorSeconds,
    schedule: new MeetingSchedule(anchorSeconds, dayStart),
    ids,
  };
  const meetings = specs.map((spec, index) => makeMeeting(context, spec, index));
  const usersById = new Map(users.map((user) => [user.userid, user]));
  const fixtures = buildFixtures(
    { operatorId, otherUserId: otherUser.userid, userIds: usersById.keys(), ids },
    specs,
    meetings,
  );

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
