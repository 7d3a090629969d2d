import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { type PhoneNumber, parsePhoneNumber } from '../model/phone-number.js';
import type { CallOutResult, CallOutTarget } from '../provider/provider-v1.js';
import type { CallOutOutcome } from './call-out-outcome.js';

const keyOf = (phone: PhoneNumber) => `${phone.parsed ? phone.e164 : phone.raw}|${phone.extension ?? ''}`;

export const targetKey = (target: CallOutTarget): string =>
  keyOf(
    parsePhoneNumber({ number: target.number, callingCode: target.callingCode, extension: target.extension }),
  );

/**
 * Gives each target of a batch its outcome from the provider's answer, which lists numbers, not
 * targets: matched by number and extension, each listed number used once (a number sent twice is
 * accepted once and refused once). A target the answer does not mention failed: nobody can say
 * whether it was called.
 */
export function matchCallOutResult(
  targets: readonly CallOutTarget[],
  result: CallOutResult,
  batch: number,
  provider: string,
): CallOutOutcome[] {
  const accepted = new Map<string, PhoneNumber[]>();
  const refused = new Map<string, { phone: PhoneNumber; reason: string }[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const phone of result.accepted) push(accepted, keyOf(phone), phone);
  for (const entry of result.rejected) push(refused, keyOf(entry.phone), entry);
  return targets.map((target): CallOutOutcome => {
    const key = targetKey(target);
    const phone = accepted.get(key)?.shift();
    if (phone) return { status: 'accepted', target, phone, batch };
    const refusal = refused.get(key)?.shift();
    if (refusal) return { status: 'refused', target, phone: refusal.phone, reason: refusal.reason, batch };
    return {
      status: 'failed',
      target,
      batch,
      error: new InvalidResponseError({
        provider,
        field: 'phone_numbers',
        message: 'The provider’s answer did not say whether it took this number',
      }),
    };
  });
}
