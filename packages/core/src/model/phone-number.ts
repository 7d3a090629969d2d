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
 * given with its calling code (Tencent's `area` + `phone`) that the numbering plan alone can read
 * (as it is, or without its trunk prefix) takes a fast path without a full parse; whether a number
 * is valid for its country (the costly part) is `isValidPhoneNumber`'s to say, when asked.
 */
export function parsePhoneNumber(input: PhoneNumberInput): PhoneNumber {
  const number = input.number.trim();
  const extension = input.extension?.trim() || undefined;
  const callingCode =
    input.callingCode === undefined ? undefined : String(input.callingCode).replace(/^\+/, '');
  const raw = callingCode && !number.startsWith('+') ? `+${callingCode} ${number}` : number;
  const withRaw = (value: string) => (extension ? `${value} ext. ${extension}` : value);
  const national = callingCode === undefined ? undefined : fastNationalNumber(number, callingCode);
  if (national !== undefined) {
    return {
      parsed: true,
      e164: `+${callingCode}${national}`,
      countryCode: callingCode as string,
      nationalNumber: national,
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
  countryCallingCodes?(): Record<string, readonly string[] | undefined> | undefined;
  numberingPlan?: {
    nationalPrefixForParsing?(): string | undefined;
    nationalPrefix?(): string | undefined;
    nationalPrefixTransformRule?(): string | undefined;
    nationalNumberPattern?(): string | undefined;
    possibleLengths?(): number[] | undefined;
  };
}

interface Plan {
  /** libphonenumber's national prefix for parsing (a trunk `0`, carrier codes), anchored. */
  prefix: RegExp | undefined;
  lengths: readonly number[];
  /** A national number of the plan, whole; absent where the fast path must not strip a prefix. */
  nationalNumber: RegExp | undefined;
  /** Whether a captured prefix is rewritten rather than dropped (then only the full parse can say). */
  transforms: boolean;
}

let metadata: PlanView | undefined;
const plans = new Map<string, Plan | null>();

function planOf(callingCode: string): Plan | null {
  metadata ??= new Metadata() as unknown as PlanView;
  if (metadata.hasCallingCode?.(callingCode) !== true || !metadata.selectNumberingPlan) return null;
  metadata.selectNumberingPlan(undefined, callingCode);
  const numbering = metadata.numberingPlan;
  const lengths = numbering?.possibleLengths?.();
  if (!numbering?.nationalPrefixForParsing || !numbering.nationalPrefix || !lengths) return null;
  const pattern = numbering.nationalPrefixForParsing() ?? numbering.nationalPrefix();
  // Where a calling code is shared (+1, +7), the country read from the digits decides how a
  // prefix is stripped: only a code of one country strips it here.
  const countries = metadata.countryCallingCodes?.()?.[callingCode];
  const whole = countries?.length === 1 ? numbering.nationalNumberPattern?.() : undefined;
  return {
    prefix: pattern ? new RegExp(`^(?:${pattern})`) : undefined,
    lengths,
    nationalNumber: whole ? new RegExp(`^(?:${whole})$`) : undefined,
    transforms: numbering.nationalPrefixTransformRule?.() !== undefined,
  };
}

/**
 * The national number libphonenumber would read from these digits under this calling code, where
 * the plan alone decides it: the digits as they are when nothing at the start is a national prefix
 * or the calling code, or without the national prefix (`010 8888 6666` → `1088886666`) where
 * libphonenumber would strip it. Undefined where only the full parse can tell. Decided from the
 * library's own plan, by its rules; the property test in phone-number.test.ts holds it to the
 * full parse.
 */
function fastNationalNumber(number: string, callingCode: string): string | undefined {
  if (!/^[1-9]\d{0,2}$/.test(callingCode) || !/^\d{4,17}$/.test(number)) return undefined;
  let plan = plans.get(callingCode);
  if (plan === undefined) {
    plan = planOf(callingCode);
    plans.set(callingCode, plan);
  }
  // Digits that begin with the calling code itself may be read as carrying it (`86 138…`).
  if (plan === null || number.startsWith(callingCode)) return undefined;
  const match = plan.prefix?.exec(number);
  if (!match) return plan.lengths.includes(number.length) ? number : undefined;
  const captured = match.length > 1 && match[match.length - 1];
  if (plan.nationalNumber === undefined || (plan.transforms && captured)) return undefined;
  const stripped = number.slice(match[0].length);
  // libphonenumber keeps the prefix when the whole is a national number and the rest is not, and
  // when the rest is too short; lengths it would still accept but the plan does not list: full parse.
  if (!plan.lengths.includes(stripped.length)) return undefined;
  if (!plan.nationalNumber.test(stripped) && plan.nationalNumber.test(number)) return undefined;
  return stripped;
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
