/**
 * The telephony `type` strings of Zoom's reports, which UMeeting's `telephony_usage` carries, in
 * the order the reference lists them.
 */
export const telephonyTypes = [
  'toll-free',
  'call-out',
  'call-in',
  'US toll-number',
  'global toll-number',
  'premium',
  'premium call-in',
] as const;

export type TelephonyType = (typeof telephonyTypes)[number];

/**
 * What a minute of each kind costs the account, in fen (0.01 yuan). Invented but plausible;
 * `call-out` matches the seed's example (2 minutes, 0.12 yuan). Whole fen keep every `total`
 * at two decimals, so sums are exact for a client that adds in fen.
 */
export const fenPerMinute: Readonly<Record<TelephonyType, number>> = {
  'toll-free': 15,
  'call-out': 6,
  'call-in': 3,
  'US toll-number': 8,
  'global toll-number': 12,
  premium: 45,
  'premium call-in': 30,
};

/** One phone participant of a meeting. */
export interface TelephonyCall {
  /** E.164 with `+`. */
  phoneNumber: string;
  type: TelephonyType;
  startSeconds: number;
  endSeconds: number;
  /** Whole minutes, rounded up, at least one: what is billed. */
  durationMinutes: number;
  /** `durationMinutes × fenPerMinute[type]`. */
  totalFen: number;
}
