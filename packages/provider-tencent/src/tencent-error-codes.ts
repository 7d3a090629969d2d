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
  rateLimited: [190310, 190311, 190313],
} as const satisfies Record<string, readonly number[]>;

export function isTencentCode(code: number | undefined, kind: keyof typeof tencentErrorCodes): boolean {
  return code !== undefined && (tencentErrorCodes[kind] as readonly number[]).includes(code);
}

/** How long Tencent's per-minute limit (190310) takes to lift at worst. */
export const tencentRateLimitWindowMs = 60_000;
