import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { adminPrefix, handleAdmin } from './admin/admin-handler.js';
import { ReplayCache } from './auth/replay-cache.js';
import { buildDataset } from './data/build-dataset.js';
import type { EmulatorStats } from './emulator-stats.js';
import type { Emulator, EmulatorOptions } from './emulator-types.js';
import { BodyTooLargeError, readBody } from './http/read-body.js';
import { jsonType, send, sendJson } from './http/send.js';
import { hashText, randomFor } from './random/seeded-random.js';
import { faultTiming, writeBreakingFault, writeReplacingFault } from './scenario/faults.js';
import { RateLimiter } from './scenario/rate-limiter.js';
import { applyScenarioPatch, defaultScenario, type FaultKind, type Scenario } from './scenario/scenario.js';
import { answerTencentRequest } from './tencent/answer-request.js';
import { ApiError } from './tencent/api-error.js';
import { defaultTencentCredentials, type TencentCredentials } from './tencent-credentials.js';

export const defaultSeed = 'callroll';
const bodyLimit = 1024 * 1024;
/** Kept free for the Systec UMeeting half of the emulator, which will share this server. */
const reservedPrefix = '/umeeting';

/**
 * Starts the emulator: one HTTP server with Tencent Meeting's REST API at the root, the admin
 * endpoint under `/__emulator/`, and `/umeeting/` left for the Systec half.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const credentials = mergeCredentials(options.credentials);
  const seed = hashText(String(options.seed ?? defaultSeed));
  const anchor = options.now ?? Date.now();
  const dataset = buildDataset({
    seed,
    anchorMs: typeof anchor === 'number' ? anchor : anchor.getTime(),
    operatorId: credentials.operatorId,
    secretId: credentials.secretId,
  });
  let scenario: Scenario = applyScenarioPatch({ ...defaultScenario }, options.scenario ?? {});
  const replays = new ReplayCache();
  const rateLimiter = new RateLimiter();
  // Separate streams, so that turning jitter on does not change which requests fail.
  const faultRandom = randomFor(seed, 'faults');
  const latencyRandom = randomFor(seed, 'latency');
  let stats: EmulatorStats = { requests: 0, faults: 0, rateLimited: 0 };
  const waits = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let closed = false;
  let closing: Promise<void> | undefined;

  const clockMs = () => Date.now() + scenario.clockSkewSeconds * 1000;
  const setScenario = (patch: unknown): Scenario => {
    scenario = applyScenarioPatch(scenario, patch);
    return { ...scenario, faultKinds: [...scenario.faultKinds] };
  };
  const reset = () => {
    dataset.resetCallouts();
    replays.clear();
    rateLimiter.clear();
    stats = { requests: 0, faults: 0, rateLimited: 0 };
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wait = {
        timer: setTimeout(() => {
          waits.delete(wait);
          resolve();
        }, ms),
        resolve,
      };
      waits.add(wait);
    });

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://emulator.invalid');
    let body: string;
    try {
      body = await readBody(request, bodyLimit);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      sendJson(response, 413, new ApiError('invalidParameter', '请求体过大。').toBody(), new Date(clockMs()));
      return;
    }
    if (url.pathname === adminPrefix || url.pathname.startsWith(`${adminPrefix}/`)) {
      const result = handleAdmin(request.method ?? 'GET', url.pathname, body, {
        scenario: () => ({ ...scenario, faultKinds: [...scenario.faultKinds] }),
        setScenario,
        reset,
        fixtures: dataset.fixtures,
        stats: () => ({ ...stats }),
      });
      sendJson(response, result.status, result.body, new Date(clockMs()));
      return;
    }

    if (url.pathname === reservedPrefix || url.pathname.startsWith(`${reservedPrefix}/`)) {
      sendJson(
        response,
        404,
        {
          error: 'not_found',
          message: `${reservedPrefix}/ is reserved for the Systec UMeeting emulator, not built yet`,
        },
        new Date(clockMs()),
      );
      return;
    }

    stats.requests++;
    const delay =
      scenario.latencyMs +
      (scenario.jitterMs > 0 ? Math.floor(latencyRandom.next() * (scenario.jitterMs + 1)) : 0);
    if (delay > 0) await sleep(delay);
    if (closed) return;
    let fault: FaultKind | undefined;
    if (scenario.faultRate > 0 && faultRandom.next() < scenario.faultRate) {
      fault = faultRandom.pick(scenario.faultKinds);
      stats.faults++;
    }
    if (fault !== undefined && faultTiming(fault) === 'instead-of-answer') {
      writeReplacingFault(fault, response, new Date(clockMs()));
      return;
    }
    const result = answerTencentRequest(
      { dataset, credentials, replays, rateLimiter, scenario, stats },
      {
        method: request.method ?? 'GET',
        uri: request.url ?? '/',
        headers: request.headers,
        body,
        nowMs: Date.now(),
        clockMs: clockMs(),
      },
    );
    const text = JSON.stringify(result.body);
    if (fault !== undefined)
      writeBreakingFault(fault, request, response, result.status, text, new Date(clockMs()));
    else send(response, result.status, text, jsonType, new Date(clockMs()));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      process.emitWarning(`callroll-emulator: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent)
        sendJson(response, 500, new ApiError('serverError').toBody(), new Date(clockMs()));
      else response.destroy();
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(host)}:${port}`;

  return {
    url,
    tencent: { baseURL: url, credentials: { ...credentials }, fixtures: dataset.fixtures },
    get scenario() {
      return { ...scenario, faultKinds: [...scenario.faultKinds] };
    },
    setScenario,
    reset,
    get stats() {
      return { ...stats };
    },
    close: () => {
      // Idempotent: a test may close early and its cleanup close again.
      closing ??= new Promise<void>((resolve, reject) => {
        closed = true;
        for (const wait of waits) {
          clearTimeout(wait.timer);
          wait.resolve();
        }
        waits.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function mergeCredentials(overrides: Partial<TencentCredentials> | undefined): TencentCredentials {
  const merged: TencentCredentials = { ...defaultTencentCredentials };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

/** A URL a client can reach: wildcard binds are reached over loopback, IPv6 goes in brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
