import type { SeededRandom } from '../../random/seeded-random.js';
import { mainlandMobilePrefixes, northAmericanAreaCodes } from '../word-lists.js';
import type { TelephonyType } from './telephony.js';

type Region = 'cn-mobile' | 'cn-landline' | 'hk' | 'us' | 'sg' | 'uk' | 'jp' | 'au' | 'de';

/** Where each kind of call tends to come from (or go to, for call-out). */
const regionsByType: Readonly<Record<TelephonyType, readonly (readonly [Region, number])[]>> = {
  'call-out': [
    ['cn-mobile', 70],
    ['cn-landline', 15],
    ['hk', 10],
    ['us', 5],
  ],
  'call-in': [
    ['cn-mobile', 60],
    ['cn-landline', 20],
    ['hk', 20],
  ],
  'toll-free': [
    ['cn-mobile', 45],
    ['cn-landline', 15],
    ['hk', 20],
    ['us', 20],
  ],
  'US toll-number': [['us', 1]],
  'global toll-number': [
    ['uk', 3],
    ['sg', 3],
    ['jp', 2],
    ['au', 1],
    ['de', 1],
  ],
  premium: [
    ['uk', 2],
    ['jp', 2],
    ['au', 1],
    ['de', 1],
    ['sg', 1],
  ],
  'premium call-in': [
    ['uk', 2],
    ['jp', 1],
    ['au', 2],
    ['de', 1],
  ],
};

const mainlandCityCodes = ['10', '21', '20', '755', '571', '28', '27', '25'];

/** A plausible E.164 number (with `+`) for a call of this type. */
export function randomE164(random: SeededRandom, type: TelephonyType): string {
  const region = random.weighted(regionsByType[type]);
  switch (region) {
    case 'cn-mobile':
      return `+86${random.pick(mainlandMobilePrefixes)}${random.digits(8)}`;
    case 'cn-landline': {
      const city = random.pick(mainlandCityCodes);
      return `+86${city}${random.int(2, 8)}${random.digits(city.length === 2 ? 7 : 6)}`;
    }
    case 'hk':
      return `+852${random.pick(['2', '3', '5', '6', '9'])}${random.digits(7)}`;
    case 'us':
      return `+1${random.pick(northAmericanAreaCodes)}${random.int(2, 9)}${random.digits(6)}`;
    case 'sg':
      return `+65${random.pick(['6', '8', '9'])}${random.digits(7)}`;
    case 'uk':
      return random.chance(0.5) ? `+4420${random.digits(8)}` : `+447${random.int(4, 9)}${random.digits(8)}`;
    case 'jp':
      return random.chance(0.5) ? `+813${random.digits(8)}` : `+8190${random.digits(8)}`;
    case 'au':
      return `+614${random.digits(8)}`;
    case 'de':
      return `+4930${random.digits(8)}`;
  }
}
