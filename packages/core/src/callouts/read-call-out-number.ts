import { isValidPhoneNumber, type PhoneNumber, parsePhoneNumber } from '../model/phone-number.js';
import type { CallOutTarget } from '../provider/provider-v1.js';

/** Why a typed number cannot be called; a front end words it in its own language. */
export type CallOutNumberProblem =
  | 'empty'
  | 'unreadable'
  | 'needs-calling-code'
  | 'bad-calling-code'
  | 'invalid'
  | 'calling-code-not-served'
  | 'bad-extension';

export interface ReadCallOutNumberOptions {
  /**
   * The country calling code a national number is read with (`86`, `+852`), as a person gives it
   * apart from the number. Absent: only an 11-digit Chinese mobile (13800138000) is read, as +86.
   */
  callingCode?: string | number | undefined;
  /** The name the call shows (Tencent's `nick_name`). */
  name?: string | undefined;
  /** The calling codes the provider can call (its `capabilities.callOutCallingCodes`). */
  callingCodes?: readonly string[] | undefined;
}

export type ReadCallOutNumberResult =
  | { ok: true; target: CallOutTarget; phone: Extract<PhoneNumber, { parsed: true }> }
  | {
      ok: false;
      problem: CallOutNumberProblem;
      /** One line in English, without the number itself. */
      reason: string;
      /** The calling code at fault, for `invalid`, `bad-calling-code` and `calling-code-not-served`. */
      callingCode?: string | undefined;
    };

// An extension after the number: `ext. 123`, `x123`, `,123`, `#123`, `转123` (as Chinese
// switchboards write it), `分机 123`.
const extensionPattern = /^(.*?)\s*(?:ext\.?|extension|x|转|分机|[,#;])\s*(.*)$/i;
const chineseMobile = /^1[3-9]\d{9}$/;

type Failure = Extract<ReadCallOutNumberResult, { ok: false }>;

const fail = (problem: CallOutNumberProblem, reason: string, callingCode?: string): Failure => ({
  ok: false,
  problem,
  reason,
  ...(callingCode ? { callingCode } : {}),
});

/**
 * Reads a number as a person types it into a call-out target: E.164 (`+86 138 0013 8000`, `0086…`),
 * a national number with a calling code, an 11-digit Chinese mobile alone, and a landline
 * extension. Never throws; a number it cannot call comes back with a one-line reason.
 */
export function readCallOutNumber(
  text: string,
  options: ReadCallOutNumberOptions = {},
): ReadCallOutNumberResult {
  const input = text.trim();
  if (input === '') return fail('empty', 'no number was given');
  const split = extensionPattern.exec(input);
  const main = (split ? split[1] : input)?.trim() ?? '';
  const extension = split?.[2]?.trim();
  if (extension !== undefined && !/^\d{1,10}$/.test(extension)) {
    return fail('bad-extension', 'the extension must be 1 to 10 digits');
  }
  if (!/^\+?[\d\s().-]+$/.test(main))
    return fail('unreadable', 'a phone number holds only digits, spaces, -, ( ) and a leading +');
  let digits = main.replace(/[\s().-]/g, '');
  // 00 is the international prefix in China and most of the world.
  if (/^00[1-9]/.test(digits)) digits = `+${digits.slice(2)}`;
  const read = digits.startsWith('+') ? readInternational(digits) : readNational(digits, options.callingCode);
  if ('problem' in read) return read;
  const phone = parsePhoneNumber({ number: read.number, callingCode: read.callingCode, extension });
  if (!phone.parsed) return fail('unreadable', 'it is not a phone number');
  if (!isValidPhoneNumber(phone))
    return fail('invalid', `it is not a valid number of +${phone.countryCode}`, phone.countryCode);
  const served = options.callingCodes;
  if (served !== undefined && !served.includes(phone.countryCode)) {
    const list = served.map((code) => `+${code}`).join(', ');
    return fail('calling-code-not-served', `the provider calls only ${list}`, phone.countryCode);
  }
  const name = options.name?.trim();
  return {
    ok: true,
    phone,
    target: {
      number: phone.e164,
      ...(phone.extension ? { extension: phone.extension } : {}),
      ...(name ? { name } : {}),
    },
  };
}

type Read = { number: string; callingCode?: string | undefined } | Failure;

function readInternational(digits: string): Read {
  if (!/^\+[1-9]\d{3,14}$/.test(digits)) return fail('unreadable', 'it is not a phone number');
  return { number: digits };
}

function readNational(digits: string, given: string | number | undefined): Read {
  if (given === undefined) {
    if (chineseMobile.test(digits)) return { number: digits, callingCode: '86' };
    return fail(
      'needs-calling-code',
      'a national number needs its country calling code (+86…), or give one apart',
    );
  }
  const callingCode = String(given).trim().replace(/^\+/, '');
  if (!/^[1-9]\d{0,2}$/.test(callingCode)) {
    return fail('bad-calling-code', 'a country calling code is 1 to 3 digits, such as 86', callingCode);
  }
  if (!/^\d{4,15}$/.test(digits)) return fail('unreadable', 'it is not a phone number');
  return { number: digits, callingCode };
}
