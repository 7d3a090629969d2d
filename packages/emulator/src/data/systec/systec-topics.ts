import type { SeededRandom } from '../../random/seeded-random.js';
import { randomPersonName } from '../people.js';
import { randomSubject } from '../subjects.js';
import { englishFirstNames } from '../word-lists.js';

/** A meeting topic: mostly the shared Chinese/English subjects, some the defaults UMeeting fills in. */
export function randomTopic(random: SeededRandom): string {
  const roll = random.next();
  if (roll < 0.08) return `${randomPersonName(random)}的UMeeting会议`;
  if (roll < 0.12) return `${random.pick(englishFirstNames)}'s Personal Meeting Room`;
  return randomSubject(random);
}
