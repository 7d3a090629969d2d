/** Counts since start (or the last reset), for tests and benchmarks to check what reached the server. */
export interface EmulatorStats {
  /** Requests to the Tencent API (not the admin endpoint). */
  requests: number;
  /** Requests that got an injected fault. */
  faults: number;
  /** Requests answered with 190310. */
  rateLimited: number;
}
