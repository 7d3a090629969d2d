import { type CountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';

/**
 * A phone number as Callroll keeps it. `parsed: false` means libphonenumber could not read it:
 * the number is kept exactly as the provider gave it (`raw`) instead of being dropped.
 */
export const phoneNumberSchema = z.discriminatedUnion('parsed', [
  z.object({
    parsed: z.literal(true),
    /** `+8613888888888`, without the extension. */
    e164: z.string().regex(/^\+[1-9]\d{1,14}$/),
    /** The country calling code without `+`, e.g. `86`. */
    countryCode: z.string().regex(/^[1-9]\d{0,2}$/),
    /** The national significant number, e.g. `13888888888` or `1088886666`. */
    nationalNumber: z.string().regex(/^\d+$/),
    extension: z.string().optional(),
    /** False when the number parses but is not a valid number of its country (by libphonenumber's metadata). */
    valid: z.boolean(),
    raw: z.string(),
  }),
  z.object({
    parsed: z.literal(false),
    extension: z.string().optional(),
    raw: z.string(),
  }),
]);

export type PhoneNumber = z.infer<typeof phoneNumberSchema>;

export interface PhoneNumberInput {
  /** The number as the provider sent it: E.164, international or national. */
  number: string;
  /** The calling code to read a national number with, e.g. `86` (Tencent's `area`). */
  callingCode?: string | number | undefined;
  /** A landline extension sent apart from the number. */
  extension?: string | undefined;
}

/** Parses a provider's phone number; never throws and never loses the input. */
export function parsePhoneNumber(input: PhoneNumberInput): PhoneNumber {
  const number = input.number.trim();
  const extension = input.extension?.trim() || undefined;
  const callingCode =
    input.callingCode === undefined ? undefined : String(input.callingCode).replace(/^\+/, '');
  const raw = callingCode && !number.startsWith('+') ? `+${callingCode} ${number}` : number;
  const withRaw = (value: string) => (extension ? `${value} ext. ${extension}` : value);
  const parsed = parseOrUndefined(number, callingCode);
  if (!parsed) {
    return { parsed: false, raw: withRaw(raw), ...(extension ? { extension } : {}) };
  }
  const ext = extension ?? parsed.ext;
  return {
    parsed: true,
    e164: parsed.number,
    countryCode: parsed.countryCallingCode,
    nationalNumber: parsed.nationalNumber,
    ...(ext ? { extension: ext } : {}),
    valid: parsed.isValid(),
    raw: withRaw(raw),
  };
}

// libphonenumber throws on a calling code it does not know (`0`, `999`): that is a number it
// cannot read, not a failure.
function parseOrUndefined(number: string, callingCode: string | undefined) {
  try {
    return number.startsWith('+') || !callingCode
      ? parsePhoneNumberFromString(number)
      : parsePhoneNumberFromString(number, { defaultCallingCode: callingCode as CountryCallingCode });
  } catch {
    return undefined;
  }
}

export interface FormatPhoneNumberOptions {
  /** Hide the middle digits (`+86 138****8888`), for screens and exports shared with others. */
  mask?: boolean | undefined;
}

/** The number in international format for people; masked on request. */
export function formatPhoneNumber(phone: PhoneNumber, options: FormatPhoneNumberOptions = {}): string {
  const extension = phone.extension ? ` ext. ${phone.extension}` : '';
  if (!phone.parsed)
    return (options.mask ? maskDigits(phone.raw) : phone.raw.replace(/ ext\. .*$/, '')) + extension;
  const national = options.mask ? maskDigits(phone.nationalNumber) : phone.nationalNumber;
  return `+${phone.countryCode} ${national}${extension}`;
}

// Keeps the first three and last four digits where the number is long enough, as bills do.
function maskDigits(text: string): string {
  const digits = [...text].filter((char) => /\d/.test(char)).length;
  const keepHead = digits >= 10 ? 3 : Math.min(2, Math.floor(digits / 4));
  const keepTail = digits >= 10 ? 4 : Math.min(2, Math.floor(digits / 4));
  let seen = 0;
  return [...text]
    .map((char) => {
      if (!/\d/.test(char)) return char;
      seen += 1;
      return seen <= keepHead || seen > digits - keepTail ? char : '*';
    })
    .join('');
}
