import {
  type CountryCallingCode,
  isValidPhoneNumber as isValidNumberText,
  Metadata,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import * as z from 'zod/mini';

/**
 * A phone number as Callroll keeps it. `parsed: false` means libphonenumber could not read it:
 * the number is kept exactly as the provider gave it (`raw`) instead of being dropped.
 */
export const phoneNumberSchema = z.discriminatedUnion('parsed', [
  z.object({
    parsed: z.literal(true),
    /** `+8613888888888`, without the extension. */
    e164: z.string().check(z.regex(/^\+[1-9]\d{1,14}$/)),
    /** The country calling code without `+`, e.g. `86`. */
    countryCode: z.string().check(z.regex(/^[1-9]\d{0,2}$/)),
    /** The national significant number, e.g. `13888888888` or `1088886666`. */
    nationalNumber: z.string().check(z.regex(/^\d+$/)),
    extension: z.optional(z.string()),
    raw: z.string(),
  }),
  z.object({
    parsed: z.literal(false),
    extension: z.optional(z.string()),
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

/**
 * Parses a provider's phone number; never throws and never loses the input. A national number
 * given with its calling code (Tencent's `area` + `phone`) that the numbering plan would read as it
 * is takes a fast path without a full parse; whether a number is valid for its country (the costly
 * part) is `isValidPhoneNumber`'s to say, when asked.
 */
export function parsePhoneNumber(input: PhoneNumberInput): PhoneNumber {
  const number = input.number.trim();
  const extension = input.extension?.trim() || undefined;
  const callingCode =
    input.callingCode === undefined ? undefined : String(input.callingCode).replace(/^\+/, '');
  const raw = callingCode && !number.startsWith('+') ? `+${callingCode} ${number}` : number;
  const withRaw = (value: string) => (extension ? `${value} ext. ${extension}` : value);
  if (callingCode !== undefined && isPlainNationalNumber(number, callingCode)) {
    return {
      parsed: true,
      e164: `+${callingCode}${number}`,
      countryCode: callingCode,
      nationalNumber: number,
      ...(extension ? { extension } : {}),
      raw: withRaw(raw),
    };
  }
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
    raw: withRaw(raw),
  };
}

const validity = new Map<string, boolean>();

/**
 * Whether a parsed number is a valid number of its country by libphonenumber's metadata: asked
 * where it matters (before calling out, in a tooltip), not for every row read, since it costs
 * ten times the parse. Remembered for the last 10,000 numbers asked about.
 */
export function isValidPhoneNumber(phone: PhoneNumber): boolean {
  if (!phone.parsed) return false;
  let valid = validity.get(phone.e164);
  if (valid === undefined) {
    valid = isValidNumberText(phone.e164);
    if (validity.size >= 10_000) validity.delete(validity.keys().next().value as string);
    validity.set(phone.e164, valid);
  }
  return valid;
}

/**
 * The parts of libphonenumber's numbering-plan metadata the fast path reads. Not in its typings,
 * so each is checked: should a release drop one, every number takes the full parse instead.
 */
interface PlanView {
  hasCallingCode?(callingCode: string): unknown;
  selectNumberingPlan?(country: undefined, callingCode: string): unknown;
  numberingPlan?: {
    nationalPrefixForParsing?(): string | undefined;
    nationalPrefix?(): string | undefined;
    possibleLengths?(): number[] | undefined;
  };
}

type Plan = { prefix: RegExp | undefined; lengths: readonly number[] } | null;
let metadata: PlanView | undefined;
const plans = new Map<string, Plan>();

function planOf(callingCode: string): Plan {
  metadata ??= new Metadata() as unknown as PlanView;
  if (metadata.hasCallingCode?.(callingCode) !== true || !metadata.selectNumberingPlan) return null;
  metadata.selectNumberingPlan(undefined, callingCode);
  const numbering = metadata.numberingPlan;
  const lengths = numbering?.possibleLengths?.();
  if (!numbering?.nationalPrefixForParsing || !numbering.nationalPrefix || !lengths) return null;
  const pattern = numbering.nationalPrefixForParsing() ?? numbering.nationalPrefix();
  return { prefix: pattern ? new RegExp(`^(?:${pattern})`) : undefined, lengths };
}

/**
 * True when libphonenumber would read these digits, under this calling code, as the national
 * number exactly: the plan knows the code, the length is one it has, and nothing at the start is a
 * national prefix (a trunk `0`, a carrier code) or calling code it would strip. Decided from the
 * library's own plan; the property test in phone-number.test.ts holds it to the full parse.
 */
function isPlainNationalNumber(number: string, callingCode: string): boolean {
  if (!/^[1-9]\d{0,2}$/.test(callingCode) || !/^\d{4,14}$/.test(number)) return false;
  let plan = plans.get(callingCode);
  if (plan === undefined) {
    plan = planOf(callingCode);
    plans.set(callingCode, plan);
  }
  if (plan === null || !plan.lengths.includes(number.length)) return false;
  // Digits that begin with the calling code itself may be read as carrying it (`86 138…`).
  if (number.startsWith(callingCode)) return false;
  return plan.prefix === undefined || !plan.prefix.test(number);
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
