import { buildDataset } from './data/build-dataset.js';
import { createEmulatorServer, listen } from './emulator-server.js';
import { EmulatorState } from './emulator-state.js';
import { copyStats } from './emulator-stats.js';
import type { Emulator, EmulatorOptions } from './emulator-types.js';
import { hashText } from './random/seeded-random.js';
import { LatencyWaits } from './scenario/latency-waits.js';
import { applyScenarioPatch, copyScenario, defaultScenario } from './scenario/scenario.js';
import { systecPrefix } from './systec/route-table.js';
import { defaultSystecCredentials } from './systec-credentials.js';
import { defaultTencentCredentials } from './tencent-credentials.js';

export const defaultSeed = 'callroll';

/**
 * Starts the emulator: one HTTP server with Tencent Meeting's REST API at the root, Systec
 * UMeeting's public-room API under `/umeeting/`, and the admin endpoint under `/__emulator/`.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const credentials = mergeCredentials(defaultTencentCredentials, options.credentials);
  const systecCredentials = mergeCredentials(defaultSystecCredentials, options.systecCredentials);
  const seed = hashText(String(options.seed ?? defaultSeed));
  const anchor = options.now ?? Date.now();
  const anchorMs = typeof anchor === 'number' ? anchor : anchor.getTime();
  const dataset = buildDataset({
    seed,
    anchorMs,
    operatorId: credentials.operatorId,
    secretId: credentials.secretId,
    largeCalloutCount: checkedLargeCalloutCount(options.largeCalloutCount),
  });
  const scenario = applyScenarioPatch(copyScenario(defaultScenario), options.scenario ?? {});
  const state = new EmulatorState({ seed, anchorMs, credentials, systecCredentials, dataset, scenario });
  const waits = new LatencyWaits();
  let closing: Promise<void> | undefined;

  const server = createEmulatorServer(state, waits);
  const url = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');

  return {
    url,
    tencent: { baseURL: url, credentials: { ...credentials }, fixtures: dataset.fixtures },
    get systec() {
      return {
        baseURL: `${url}${systecPrefix}/`,
        credentials: { ...systecCredentials },
        fixtures: state.systecData().fixtures,
      };
    },
    get scenario() {
      return copyScenario(state.scenario);
    },
    setScenario: (patch) => state.setScenario(patch),
    advanceTime: (ms) => state.advanceTime(ms),
    get time() {
      return state.time();
    },
    reset: () => state.reset(),
    get stats() {
      return copyStats(state.stats);
    },
    close: () => {
      // Idempotent: a test may close early and its cleanup close again.
      closing ??= new Promise<void>((resolve, reject) => {
        waits.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** The defaults with the given overrides; an override left undefined keeps the default. */
function mergeCredentials<T extends object>(defaults: Readonly<T>, overrides: Partial<T> | undefined): T {
  const merged = { ...defaults } as T;
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

function checkedLargeCalloutCount(count: number | undefined): number | undefined {
  if (count === undefined) return undefined;
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    throw new RangeError('largeCalloutCount must be a whole number from 1 to 1,000,000');
  }
  return count;
}
