import type { SeededRandom } from '../random/seeded-random.js';
import type { EnterpriseUser } from './meeting.js';
import { chineseGivenNames, chineseSurnames, englishFirstNames, englishLastNames } from './word-lists.js';

/** A display name: Chinese about two times in three, otherwise English. */
export function randomPersonName(random: SeededRandom): string {
  if (random.chance(0.65)) return `${random.pick(chineseSurnames)[0]}${random.pick(chineseGivenNames)[0]}`;
  return `${random.pick(englishFirstNames)} ${random.pick(englishLastNames)}`;
}

/** An opaque id in the style of Tencent's open ids and ms_open_ids. */
export function randomOpaqueId(random: SeededRandom, bytes = 18): string {
  return random.bytes(bytes).toString('base64url');
}

/**
 * The enterprise's users: the operator first, then `count` others with pinyin or English user
 * ids derived from their names (made unique with a number where two people share a name).
 */
export function makeUsers(random: SeededRandom, operatorId: string, count: number): EnterpriseUser[] {
  const users: EnterpriseUser[] = [
    { userid: operatorId, openId: randomOpaqueId(random, 16), name: '会议管理员 Admin' },
  ];
  const taken = new Set([operatorId]);
  while (users.length < count + 1) {
    let name: string;
    let base: string;
    if (random.chance(0.6)) {
      const [surname, surnamePinyin] = random.pick(chineseSurnames);
      const [given, givenPinyin] = random.pick(chineseGivenNames);
      name = `${surname}${given}`;
      base = `${surnamePinyin}${givenPinyin}`;
    } else {
      const first = random.pick(englishFirstNames);
      const last = random.pick(englishLastNames);
      name = `${first} ${last}`;
      base = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    }
    let userid = base;
    for (let suffix = 2; taken.has(userid); suffix++) userid = `${base}${suffix}`;
    taken.add(userid);
    users.push({ userid, openId: randomOpaqueId(random, 16), name });
  }
  return users;
}
