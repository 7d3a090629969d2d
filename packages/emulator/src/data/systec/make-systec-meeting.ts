import type { SeededRandom } from '../../random/seeded-random.js';
import { minute } from '../time-units.js';
import type { PublicRoom } from './public-rooms.js';
import type { CallPlan, SystecMeeting } from './systec-meeting.js';
import { randomTopic } from './systec-topics.js';

/** What a fixture meeting fixes; everything else is drawn as for any meeting. */
export interface MeetingRecipe {
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

/** A meeting's header without its uuid and (unless the recipe fixes it) meeting number. */
export function makeSystecMeeting(
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
