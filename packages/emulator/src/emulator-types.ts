import type { TencentFixtures } from './data/fixtures.js';
import type { SystecFixtures } from './data/systec/systec-fixtures.js';
import type { EmulatorStats } from './emulator-stats.js';
import type { Scenario, ScenarioPatch } from './scenario/scenario.js';
import type { SystecCredentials } from './systec-credentials.js';
import type { TencentCredentials } from './tencent-credentials.js';

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number | undefined;
  /** Default `127.0.0.1`. */
  host?: string | undefined;
  /** Same seed, same data. Default `callroll`. */
  seed?: string | number | undefined;
  /** The moment the data is made around (live, upcoming, ended); default the start time. */
  now?: Date | number | undefined;
  /** Overrides of the accepted Tencent credentials (defaults: `defaultTencentCredentials`). */
  credentials?: Partial<TencentCredentials> | undefined;
  /** Overrides of the accepted Systec credentials (defaults: `defaultSystecCredentials`). */
  systecCredentials?: Partial<SystecCredentials> | undefined;
  /** The starting scenario, over `defaultScenario`. */
  scenario?: ScenarioPatch | undefined;
  /**
   * How many callouts the large meeting (`fixtures.largeCalloutMeeting`) has: 10,000 by default,
   * up to 1,000,000 for benchmarks (made row by row when read, so size costs nothing at start).
   */
  largeCalloutCount?: number | undefined;
}

/** Everything a Tencent client needs to talk to the emulator. */
export interface TencentEmulatorInfo {
  /** Use as the client's `baseURL`: Tencent's API is served at the root (`/v1/...`). */
  baseURL: string;
  credentials: TencentCredentials;
  fixtures: TencentFixtures;
}

/** Everything a Systec UMeeting client needs to talk to the emulator. */
export interface SystecEmulatorInfo {
  /** Use as the client's `baseURL`: `http://host:port/umeeting/`, with the trailing slash. */
  baseURL: string;
  credentials: SystecCredentials;
  fixtures: SystecFixtures;
}

/** The data clock: where the emulator's data is in time (see `timeOffsetMs`, `timeFrozen`). */
export interface EmulatorTime {
  /** The data's time now, unix ms: `anchorMs` + time run since start (unless frozen) + offset. */
  nowMs: number;
  /** The `now` option: the moment the data was made around. */
  anchorMs: number;
  timeOffsetMs: number;
  frozen: boolean;
}

export interface Emulator {
  /** `http://host:port`, no trailing slash. */
  url: string;
  tencent: TencentEmulatorInfo;
  /** Systec's meetings are made on first use of this or of `/umeeting/`. */
  readonly systec: SystecEmulatorInfo;
  /** The scenario in force. */
  readonly scenario: Scenario;
  /** Changes part of the scenario at once (validated; throws a ZodError on a bad value). */
  setScenario(patch: ScenarioPatch): Scenario;
  /**
   * Moves the data clock on by `ms` (adds to `timeOffsetMs`) and returns the data's new time:
   * placed callouts age and live callouts progress without a test having to sleep.
   */
  advanceTime(ms: number): number;
  /** The data clock as it reads now. */
  readonly time: EmulatorTime;
  /** Forgets placed and cancelled callouts, used nonces, both APIs' rate-limit windows, the daily counts and stats (not the clock). */
  reset(): void;
  readonly stats: EmulatorStats;
  close(): Promise<void>;
}
