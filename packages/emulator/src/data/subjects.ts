import type { SeededRandom } from '../random/seeded-random.js';
import { randomPersonName } from './people.js';
import { chineseSubjectTemplates, englishSubjectTemplates, projects, teams } from './word-lists.js';

/** A meeting subject in Chinese or English (a few bilingual), from the templates. */
export function randomSubject(random: SeededRandom): string {
  const chinese = random.chance(0.6);
  const template = random.pick(chinese ? chineseSubjectTemplates : englishSubjectTemplates);
  const team = random.pick(teams);
  return template
    .replace('{team}', chinese ? team[0] : team[1])
    .replace('{project}', random.pick(projects))
    .replace('{name}', randomPersonName(random));
}
