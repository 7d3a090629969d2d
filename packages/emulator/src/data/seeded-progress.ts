import { randomFor } from '../random/seeded-random.js';
import type { CalloutMoment } from './callout-moment.js';
import { calloutStatuses } from './callout-status.js';

/** Ringing seeded rows stop ringing at a seeded moment within this many ring times of `now`. */
export const ringSpread = 6;
/** Connected rows that hang up do so at a seeded moment within this many talk times of connecting. */
export const talkSpread = 10;
/** Shares of the ringing rows that get answered, and of the connected rows that hang up. */
const answeredShare = 0.6;
const hangUpShare = 0.5;

const s = calloutStatuses;

/**
 * The status of seeded callout `index` of a live meeting once the data clock has run
 * `moment.sinceAnchorMs` past `now`, under `liveCalloutProgress`. Every row draws from its own
 * stream (apart from the one that made it, so the seeded data does not change), so the same seed
 * and the same time give the same statuses. Rows that are not ringing or connected never change;
 * at `now` itself nothing has changed yet.
 */
export function progressedStatus(
  seed: number,
  meetingIndex: number,
  index: number,
  status: string,
  moment: CalloutMoment,
): string {
  if (status !== s.invited && status !== s.accepted) return status;
  const random = randomFor(seed, 'progress', meetingIndex, index);
  const since = moment.sinceAnchorMs;
  let connectedAt = 0;
  if (status === s.invited) {
    const stopsAt = 1 + Math.floor(random.next() * ringSpread * moment.ringMs);
    const answered = random.chance(answeredShare);
    if (since < stopsAt) return s.invited;
    if (!answered) return s.leftWithoutAccept;
    connectedAt = stopsAt;
  }
  const hangsUp = random.chance(hangUpShare);
  const talk = 1 + Math.floor(random.next() * talkSpread * moment.talkMs);
  return hangsUp && since >= connectedAt + talk ? s.leftAfterAccept : s.accepted;
}
