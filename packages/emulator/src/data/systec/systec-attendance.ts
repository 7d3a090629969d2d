import { randomFor, type SeededRandom } from '../../random/seeded-random.js';
import { randomPersonName } from '../people.js';
import { randomE164 } from './e164-number.js';
import type { SystecMeeting } from './systec-meeting.js';
import { fenPerMinute, type TelephonyCall, type TelephonyType, telephonyTypes } from './telephony.js';

/** One app attendance of a meeting; someone who left and came back appears twice. */
export interface SystecParticipant {
  name: string;
  joinSeconds: number;
  /** Absent while the attendee is still in a live meeting. */
  leaveSeconds?: number;
}

export interface SystecAttendance {
  /** In order of joining. */
  participants: SystecParticipant[];
  /** Finished calls only, in order of starting (a live meeting's calls in progress are not reported). */
  calls: TelephonyCall[];
}

const deviceNames = ['iPhone', 'iPad', 'Galaxy S23', '会议室终端 Room Kit', 'HUAWEI Mate 60', 'MacBook Pro'];

const randomTypeWeights: readonly (readonly [TelephonyType, number])[] = [
  ['call-out', 35],
  ['call-in', 25],
  ['toll-free', 12],
  ['US toll-number', 8],
  ['global toll-number', 10],
  ['premium', 5],
  ['premium call-in', 5],
];

/**
 * The participants and phone calls of a meeting, made when it is written out, each from its own
 * seeded stream: a page of 300 meetings costs a few milliseconds and start-up costs nothing.
 * `nowSeconds` is the data's "now": attendees of a live meeting joined before it.
 */
export function makeAttendance(seed: number, meeting: SystecMeeting, nowSeconds: number): SystecAttendance {
  const until = meeting.endSeconds ?? Math.max(meeting.startSeconds + 60, nowSeconds);
  const live = meeting.endSeconds === undefined;
  const participants: SystecParticipant[] = [];
  for (let index = 0; index < meeting.participantCount; index++) {
    const random = randomFor(seed, 'systec-participant', meeting.streamKey, index);
    const earlier = participants[index - 1];
    // A few attendees left and came back: the same name again, joining after they left.
    const rejoin = index >= 2 && earlier?.leaveSeconds !== undefined && random.chance(0.08);
    const from = rejoin && earlier?.leaveSeconds !== undefined ? earlier.leaveSeconds : meeting.startSeconds;
    const joinSeconds = from + Math.floor(random.next() ** 2 * Math.max(0, until - from) * 0.9);
    // The first attendee (the one who opened the room) stays to the end of a live meeting.
    const stillIn = live && (index === 0 || random.chance(0.55));
    participants.push({
      name: rejoin && earlier ? earlier.name : attendeeName(random),
      joinSeconds,
      ...(stillIn ? {} : { leaveSeconds: joinSeconds + Math.floor(random.next() * (until - joinSeconds)) }),
    });
  }
  participants.sort((a, b) => a.joinSeconds - b.joinSeconds);

  const calls: TelephonyCall[] = [];
  if (until - meeting.startSeconds >= 120) {
    for (let index = 0; index < meeting.callCount; index++) {
      calls.push(makeCall(randomFor(seed, 'systec-call', meeting.streamKey, index), meeting, index, until));
    }
  }
  calls.sort((a, b) => a.startSeconds - b.startSeconds);
  return { participants, calls };
}

function attendeeName(random: SeededRandom): string {
  if (random.chance(0.08)) return random.pick(deviceNames);
  return randomPersonName(random);
}

function makeCall(random: SeededRandom, meeting: SystecMeeting, index: number, until: number): TelephonyCall {
  let type: TelephonyType;
  let startSeconds: number;
  let lengthSeconds: number;
  if (meeting.callPlan === 'cost-fixture') {
    // 61 to 120 seconds bill as two minutes of call-out: 0.12 yuan each, as in the seed.
    type = 'call-out';
    startSeconds = meeting.startSeconds + random.int(0, Math.max(0, until - meeting.startSeconds - 121));
    lengthSeconds = random.int(61, 120);
  } else {
    type =
      meeting.callPlan === 'every-type' && index < telephonyTypes.length
        ? (telephonyTypes[index] ?? 'call-out')
        : random.weighted(randomTypeWeights);
    startSeconds = meeting.startSeconds + random.int(0, Math.max(0, until - meeting.startSeconds - 60));
    // Mostly short calls; a call still connected when the meeting ends ends with it.
    lengthSeconds = Math.min(
      random.chance(0.8) ? random.int(20, 15 * 60) : random.int(15 * 60, 90 * 60),
      until - startSeconds,
    );
  }
  const durationMinutes = Math.max(1, Math.ceil(lengthSeconds / 60));
  return {
    phoneNumber: randomE164(random, type),
    type,
    startSeconds,
    endSeconds: startSeconds + lengthSeconds,
    durationMinutes,
    totalFen: durationMinutes * fenPerMinute[type],
  };
}
