import type { AdminControls } from './admin/admin-handler.js';
import { ReplayCache } from './auth/replay-cache.js';
import type { Dataset } from './data/dataset.js';
import { buildSystecDataset } from './data/systec/build-systec-dataset.js';
import type { SystecDataset } from './data/systec/systec-dataset.js';
import { copyStats, type EmulatorStats, emptyStats } from './emulator-stats.js';
import type { EmulatorTime } from './emulator-types.js';
import { randomFor, type SeededRandom } from './random/seeded-random.js';
import { DailyQuota } from './scenario/daily-quota.js';
import { DataClock } from './scenario/data-clock.js';
import { RateLimiter } from './scenario/rate-limiter.js';
import { applyScenarioPatch, copyScenario, type Scenario } from './scenario/scenario.js';
import type { SystecCredentials } from './systec-credentials.js';
import type { TencentCredentials } from './tencent-credentials.js';

export interface EmulatorStateInit {
  /** The hashed seed. */
  seed: number;
  anchorMs: number;
  credentials: TencentCredentials;
  systecCredentials: SystecCredentials;
  dataset: Dataset;
  scenario: Scenario;
}

/**
 * What a running emulator holds: both APIs' data, the scenario, the clocks, the rate limits and
 * the counts. Read `scenario` and `stats` at each use: changing the scenario and resetting replace them.
 */
export class EmulatorState {
  readonly seed: number;
  readonly anchorMs: number;
  readonly credentials: TencentCredentials;
  readonly systecCredentials: SystecCredentials;
  readonly dataset: Dataset;
  scenario: Scenario;
  stats: EmulatorStats;
  readonly replays: ReplayCache;
  readonly rateLimiter: RateLimiter;
  readonly dailyQuota: DailyQuota;
  readonly dataClock: DataClock;
  readonly systecRateLimiter: RateLimiter;
  readonly faultRandom: SeededRandom;
  readonly latencyRandom: SeededRandom;
  private systecDataset: SystecDataset | undefined;

  constructor(init: EmulatorStateInit) {
    this.seed = init.seed;
    this.anchorMs = init.anchorMs;
    this.credentials = init.credentials;
    this.systecCredentials = init.systecCredentials;
    this.dataset = init.dataset;
    this.scenario = init.scenario;
    this.replays = new ReplayCache();
    this.rateLimiter = new RateLimiter();
    this.dailyQuota = new DailyQuota();
    this.dataClock = new DataClock(init.anchorMs, init.scenario.timeFrozen);
    // Zoom v1 counted report calls per second; Systec's limit is its own, apart from Tencent's.
    this.systecRateLimiter = new RateLimiter(1_000);
    // Separate streams, so that turning jitter on does not change which requests fail.
    this.faultRandom = randomFor(init.seed, 'faults');
    this.latencyRandom = randomFor(init.seed, 'latency');
    this.stats = emptyStats();
  }

  /** Made on first use (tens of milliseconds): runs that only use Tencent's API never pay for it. */
  systecData(): SystecDataset {
    this.systecDataset ??= buildSystecDataset({ seed: this.seed, anchorMs: this.anchorMs });
    return this.systecDataset;
  }

  /** The signature clock: real time plus the scenario's skew. */
  clockMs(): number {
    return Date.now() + this.scenario.clockSkewSeconds * 1000;
  }

  dataNowMs(): number {
    return this.dataClock.nowMs(this.scenario.timeOffsetMs);
  }

  setScenario(patch: unknown): Scenario {
    this.scenario = applyScenarioPatch(this.scenario, patch);
    this.dataClock.setFrozen(this.scenario.timeFrozen);
    return copyScenario(this.scenario);
  }

  advanceTime(ms: number): number {
    this.setScenario({ timeOffsetMs: this.scenario.timeOffsetMs + ms });
    return this.dataNowMs();
  }

  time(): EmulatorTime {
    return {
      nowMs: this.dataNowMs(),
      anchorMs: this.anchorMs,
      timeOffsetMs: this.scenario.timeOffsetMs,
      frozen: this.scenario.timeFrozen,
    };
  }

  reset(): void {
    this.dataset.resetCallouts();
    this.replays.clear();
    this.rateLimiter.clear();
    this.dailyQuota.clear();
    this.systecRateLimiter.clear();
    this.stats = emptyStats();
  }

  adminControls(): AdminControls {
    return {
      scenario: () => copyScenario(this.scenario),
      setScenario: (patch) => this.setScenario(patch),
      reset: () => this.reset(),
      fixtures: this.dataset.fixtures,
      systecFixtures: () => this.systecData().fixtures,
      stats: () => copyStats(this.stats),
      time: () => this.time(),
      advanceTime: (ms) => this.advanceTime(ms),
    };
  }
}
