import type { SeededRandom } from '../random/seeded-random.js';
import { mainlandCityCodes, mainlandMobilePrefixes, northAmericanAreaCodes } from './word-lists.js';

/** A number as the PSTN endpoints carry it: country code, national number, optional extension. */
export interface PhoneNumber {
  area: number;
  phone: string;
  extensionNumber?: string;
}

/** The only areas Tencent calls out to. */
export const calloutAreas: readonly number[] = [86, 852, 1];

/** A mobile or landline number in area 86, 852 or 1, with an extension on some landlines. */
export function randomPhoneNumber(random: SeededRandom): PhoneNumber {
  const area = random.weighted<number>([
    [86, 75],
    [852, 15],
    [1, 10],
  ]);
  const landline = random.chance(0.25);
  let phone: string;
  if (area === 86) {
    if (landline) {
      const city = random.pick(mainlandCityCodes);
      phone = `${city}${random.int(2, 8)}${random.digits(city.length === 3 ? 7 : 6 + random.int(0, 1))}`;
    } else {
      phone = `${random.pick(mainlandMobilePrefixes)}${random.digits(8)}`;
    }
  } else if (area === 852) {
    phone = `${random.pick(landline ? ['2', '3'] : ['5', '6', '9'])}${random.digits(7)}`;
  } else {
    phone = `${random.pick(northAmericanAreaCodes)}${random.int(2, 9)}${random.digits(6)}`;
  }
  const number: PhoneNumber = { area, phone };
  if (landline && random.chance(0.6))
    number.extensionNumber = `${random.int(1, 9)}${random.digits(random.int(1, 4))}`;
  return number;
}

/**
 * Whether Tencent would dial this number: digits only, with a length that fits the area. The
 * rules are the emulator's own (Tencent does not publish them) and reject the obvious mistakes.
 */
export function phoneNumberProblem(number: PhoneNumber): string | undefined {
  if (!calloutAreas.includes(number.area))
    return `暂不支持呼叫该国家/地区（area ${number.area}），仅支持 86、852、1。`;
  if (!/^\d+$/.test(number.phone)) return '电话号码只能包含数字。';
  if (number.extensionNumber !== undefined && !/^\d{1,8}$/.test(number.extensionNumber)) {
    return '分机号只能包含 1 到 8 位数字。';
  }
  const length = number.phone.length;
  if (number.area === 86) {
    const mobile = /^1[3-9]\d{9}$/.test(number.phone);
    const landline = /^0[1-9]\d{8,10}$/.test(number.phone);
    if (!mobile && !landline) return '输入号码有误，请重新输入。';
  } else if (number.area === 852) {
    if (length !== 8) return '输入号码有误，请重新输入（香港号码为 8 位）。';
  } else if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(number.phone)) {
    return '输入号码有误，请重新输入（美国号码为 10 位）。';
  }
  return undefined;
}

export function samePhoneNumber(a: PhoneNumber, b: PhoneNumber): boolean {
  return (
    a.area === b.area &&
    a.phone === b.phone &&
    (a.extensionNumber === undefined ||
      b.extensionNumber === undefined ||
      a.extensionNumber === b.extensionNumber)
  );
}
