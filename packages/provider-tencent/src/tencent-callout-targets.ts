import {
  type CallOutTarget,
  InvalidInputError,
  type InvalidInputIssue,
  isValidPhoneNumber,
  parsePhoneNumber,
} from '@callroll/core';

/** What Tencent's callout endpoints take for one number. */
export interface TencentPhoneTarget {
  area: number;
  phone: string;
  extension_number?: string;
  nick_name?: string;
}

/** Tencent calls out only to these country calling codes. */
export const tencentCalloutAreas = [86, 852, 1] as const;

/** At most this many numbers a call (Tencent's docs; its Go SDK says 50). */
export const tencentCalloutBatchSize = 30;

/** Checks and converts call-out targets before any request; names every target at fault. */
export function toTencentPhoneTargets(targets: readonly CallOutTarget[]): TencentPhoneTarget[] {
  const issues: InvalidInputIssue[] = [];
  if (targets.length === 0) issues.push({ field: 'targets', problem: 'must hold at least one number' });
  const converted = targets.map((target, index): TencentPhoneTarget | undefined => {
    const phone = parsePhoneNumber({
      number: target.number,
      callingCode: target.callingCode,
      extension: target.extension,
    });
    const field = `targets[${index}]`;
    if (!phone.parsed || !isValidPhoneNumber(phone)) {
      issues.push({ field, problem: 'is not a valid phone number (give E.164, e.g. +8613800000000)' });
      return undefined;
    }
    const area = Number(phone.countryCode);
    if (!(tencentCalloutAreas as readonly number[]).includes(area)) {
      issues.push({ field, problem: 'Tencent Meeting calls out only to +86, +852 and +1' });
      return undefined;
    }
    if (phone.extension !== undefined && !/^\d{1,10}$/.test(phone.extension)) {
      issues.push({ field, problem: 'extension must be 1 to 10 digits' });
      return undefined;
    }
    return {
      area,
      phone: dialledNumber(area, phone.nationalNumber),
      ...(phone.extension ? { extension_number: phone.extension } : {}),
      ...(target.name ? { nick_name: target.name } : {}),
    };
  });
  if (issues.length > 0) throw new InvalidInputError({ provider: 'tencent', issues });
  return converted as TencentPhoneTarget[];
}

// A mainland landline is written with its trunk 0 (010 8888 6666), as Tencent's callout list gives
// it back; a mobile, and a 400/800 service number, have none.
function dialledNumber(area: number, national: string): string {
  if (area !== 86 || /^1[3-9]\d{9}$/.test(national) || /^[48]00/.test(national)) return national;
  return `0${national}`;
}
