/** Tencent Meeting error codes this provider acts on (reference: Tencent's error-code table). */
export const tencentErrorCodes = {
  meetingNotFound: [9003, 190457],
  noPermission: [9042],
  invalidParameter: [190004],
  unregisteredUser: [190001],
  timestampSkew: [190300],
  replayedNonce: [190301],
  badCredentials: [190303],
  badSignature: [200003],
  meetingEnded: [9006],
  /** Per minute per app (190310) and the account-level APIs' per-minute limit (190313). */
  rateLimited: [190310, 190313],
  /** 200,000 calls a day per app: only the next day lifts it. */
  dailyLimit: [190311],
} as const satisfies Record<string, readonly number[]>;

export function isTencentCode(
  code: number | string | undefined,
  kind: keyof typeof tencentErrorCodes,
): boolean {
  return code !== undefined && (tencentErrorCodes[kind] as readonly number[]).includes(Number(code));
}

/** Tencent's per-minute window, and a second of slack: calls sent 60 s apart may arrive closer. */
export const tencentRateWindowMs = 61_000;
