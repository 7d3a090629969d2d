import { randomFor } from '../random/seeded-random.js';
import type { Callout } from './callout-book.js';
import { calloutStatuses } from './callout-status.js';
import type { CalloutProfile, Meeting } from './meeting.js';
import { randomOpaqueId, randomPersonName } from './people.js';
import { randomPhoneNumber } from './phone-number.js';

const s = calloutStatuses;

/** Status weights of each profile; `every-status` also opens with one row of each value. */
const weights: Record<CalloutProfile, readonly (readonly [string, number])[]> = {
  mixed: [
    [s.accepted, 45],
    [s.leftAfterAccept, 20],
    [s.leftWithoutAccept, 15],
    [s.invited, 10],
    [s.cancelled, 8],
    [s.blank, 2],
  ],
  'every-status': [
    [s.accepted, 40],
    [s.leftAfterAccept, 20],
    [s.leftWithoutAccept, 15],
    [s.invited, 10],
    [s.cancelled, 8],
    [s.blank, 4],
    [s.undocumented, 3],
  ],
  'blank-status': [[s.blank, 1]],
  finished: [
    [s.leftAfterAccept, 60],
    [s.leftWithoutAccept, 25],
    [s.cancelled, 15],
  ],
};

const everyStatusOpening = [
  s.invited,
  s.accepted,
  s.leftWithoutAccept,
  s.leftAfterAccept,
  s.cancelled,
  s.blank,
  s.undocumented,
];

/** Callout `index` of `meeting`, made from its own seeded stream. */
export function makeSeededCallout(seed: number, meeting: Meeting, index: number): Callout {
  const random = randomFor(seed, 'callout', meeting.index, index);
  const number = randomPhoneNumber(random);
  const opening = meeting.calloutProfile === 'every-status' ? everyStatusOpening[index] : undefined;
  const status = opening ?? random.weighted(weights[meeting.calloutProfile]);
  const callout: Callout = { ...number, msOpenId: randomOpaqueId(random), status };
  if (random.chance(0.35)) callout.nickName = randomPersonName(random);
  return callout;
}
