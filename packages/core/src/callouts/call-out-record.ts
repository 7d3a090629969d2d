import { formatPhoneNumber, type PhoneNumber, parsePhoneNumber } from '../model/phone-number.js';
import type { CallOutOutcome } from './call-out-outcome.js';

/** What was done to a number, stable for scripts: placed or cancelled, or what went wrong. */
export type CallOutResultName = 'placed' | 'cancelled' | 'refused' | 'failed' | 'not-attempted';

/** One number's outcome, flat: the CLI's result rows and an MCP server's answer alike. */
export interface CallOutRecord {
  phone: string;
  /** null when masked. */
  e164: string | null;
  extension: string | null;
  name: string | null;
  result: CallOutResultName;
  /** The provider's reason for a refusal, or the failed batch's error in one line. */
  reason: string | null;
  batch: number | null;
}

export interface CallOutRecordOptions {
  operation: 'start' | 'cancel';
  mask: boolean;
  /** The one line a failed batch's error is worded as. */
  describe: (error: unknown) => string;
}

/** The number an outcome is about, as the provider read it back where it answered. */
export function callOutPhone(outcome: CallOutOutcome): PhoneNumber {
  return 'phone' in outcome
    ? outcome.phone
    : parsePhoneNumber({ number: outcome.target.number, extension: outcome.target.extension });
}

export function toCallOutRecord(outcome: CallOutOutcome, options: CallOutRecordOptions): CallOutRecord {
  const phone = callOutPhone(outcome);
  const done = options.operation === 'start' ? 'placed' : 'cancelled';
  return {
    phone: formatPhoneNumber(phone, { mask: options.mask }),
    e164: options.mask || !phone.parsed ? null : phone.e164,
    extension: phone.extension ?? null,
    name: outcome.target.name ?? null,
    result: outcome.status === 'accepted' ? done : outcome.status,
    reason:
      outcome.status === 'refused'
        ? outcome.reason
        : outcome.status === 'failed'
          ? options.describe(outcome.error)
          : null,
    batch: outcome.status === 'not-attempted' ? null : outcome.batch,
  };
}
