/** Counts of one API's requests. */
export interface ApiStats {
  /** Requests to the API (not the admin endpoint). */
  requests: number;
  /** Requests that got an injected fault. */
  faults: number;
  /** Requests refused by the rate limit. */
  rateLimited: number;
}

/**
 * Counts since start (or the last reset), for tests and benchmarks to check what reached the
 * server. The top-level counts cover both APIs; `systec` is the Systec UMeeting share of them.
 */
export interface EmulatorStats extends ApiStats {
  systec: ApiStats;
}

export function emptyStats(): EmulatorStats {
  return { requests: 0, faults: 0, rateLimited: 0, systec: { requests: 0, faults: 0, rateLimited: 0 } };
}

export function copyStats(stats: EmulatorStats): EmulatorStats {
  return { ...stats, systec: { ...stats.systec } };
}
