import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { adminPrefix, handleAdmin } from './admin/admin-handler.js';
import { ReplayCache } from './auth/replay-cache.js';
import { buildDataset } from './data/build-dataset.js';
import { buildSystecDataset } from './data/systec/build-systec-dataset.js';
import type { SystecDataset } from './data/systec/systec-dataset.js';
import { copyStats, type EmulatorStats, emptyStats } from './emulator-stats.js';
import type { Emulator, EmulatorOptions } from './emulator-types.js';
import { BodyTooLargeError, readBody } from './http/read-body.js';
import { jsonType, send, sendJson } from './http/send.js';
import { hashText, randomFor } from './random/seeded-random.js';
import { DailyQuota } from './scenario/daily-quota.js';
import { DataClock } from './scenario/data-clock.js';
import { faultTiming, writeBreakingFault, writeReplacingFault } from './scenario/faults.js';
import { RateLimiter } from './scenario/rate-limiter.js';
import {
  applyScenarioPatch,
  copyScenario,
  defaultScenario,
  type FaultKind,
  type Scenario,
} from './scenario/scenario.js';
import { answerSystecRequest, type SystecAnswer, systecServerErrorBody } from './systec/answer-request.js';
import { isSystecPath, systecPrefix } from './systec/route-table.js';
import { SystecError } from './systec/systec-error.js';
import { defaultSystecCredentials } from './systec-credentials.js';
import { answerTencentRequest } from './tencent/answer-request.js';
import { ApiError } from './tencent/api-error.js';
import { defaultTencentCredentials } from './tencent-credentials.js';

export const defaultSeed = 'callroll';
const bodyLimit = 1024 * 1024;

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
  let systecDataset: SystecDataset | undefined;
  // Made on first use (tens of milliseconds): runs that only use Tencent's API never pay for it.
  const systecData = (): SystecDataset => {
    systecDataset ??= buildSystecDataset({ seed, anchorMs });
    return systecDataset;
  };
  let scenario: Scenario = applyScenarioPatch(copyScenario(defaultScenario), options.scenario ?? {});
  const replays = new ReplayCache();
  const rateLimiter = new RateLimiter();
  const dailyQuota = new DailyQuota();
  const dataClock = new DataClock(anchorMs, scenario.timeFrozen);
  // Zoom v1 counted report calls per second; Systec's limit is its own, apart from Tencent's.
  const systecRateLimiter = new RateLimiter(1_000);
  // Separate streams, so that turning jitter on does not change which requests fail.
  const faultRandom = randomFor(seed, 'faults');
  const latencyRandom = randomFor(seed, 'latency');
  let stats: EmulatorStats = emptyStats();
  const waits = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let closed = false;
  let closing: Promise<void> | undefined;

  const clockMs = () => Date.now() + scenario.clockSkewSeconds * 1000;
  const dataNowMs = () => dataClock.nowMs(scenario.timeOffsetMs);
  const setScenario = (patch: unknown): Scenario => {
    scenario = applyScenarioPatch(scenario, patch);
    dataClock.setFrozen(scenario.timeFrozen);
    return copyScenario(scenario);
  };
  const advanceTime = (ms: number): number => {
    setScenario({ timeOffsetMs: scenario.timeOffsetMs + ms });
    return dataNowMs();
  };
  const time = () => ({
    nowMs: dataNowMs(),
    anchorMs,
    timeOffsetMs: scenario.timeOffsetMs,
    frozen: scenario.timeFrozen,
  });
  const reset = () => {
    dataset.resetCallouts();
    replays.clear();
    rateLimiter.clear();
    dailyQuota.clear();
    systecRateLimiter.clear();
    stats = emptyStats();
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

  /** Answers an API request (after latency and faults): Systec's under /umeeting/, Tencent's otherwise. */
  const answerApi = (request: IncomingMessage, body: string, systec: boolean): SystecAnswer => {
    const dataNow = dataNowMs();
    return systec
      ? answerSystecRequest(
          {
            dataset: systecData(),
            credentials: systecCredentials,
            rateLimiter: systecRateLimiter,
            scenario,
            stats,
          },
          {
            method: request.method ?? 'GET',
            uri: request.url ?? '/',
            headers: request.headers,
            body,
            nowMs: dataNow,
          },
        )
      : answerTencentRequest(
          { dataset, credentials, replays, rateLimiter, dailyQuota, scenario, stats },
          {
            method: request.method ?? 'GET',
            uri: request.url ?? '/',
            headers: request.headers,
            body,
            clockMs: clockMs(),
            dataNowMs: dataNow,
            sinceAnchorMs: dataNow - anchorMs,
          },
        );
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://emulator.invalid');
    const systec = isSystecPath(url.pathname);
    let body: string;
    try {
      body = await readBody(request, bodyLimit);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      const refusal = systec
        ? new SystecError(413, 'The request body is larger than 1 MiB.').toBody('envelope')
        : new ApiError('invalidParameter', '请求体过大。').toBody(scenario.distinctNewErrorCodes);
      sendJson(response, systec ? 200 : 413, refusal, new Date(clockMs()));
      return;
    }
    if (url.pathname === adminPrefix || url.pathname.startsWith(`${adminPrefix}/`)) {
      const result = handleAdmin(request.method ?? 'GET', url.pathname, body, {
        scenario: () => copyScenario(scenario),
        setScenario,
        reset,
        fixtures: dataset.fixtures,
        systecFixtures: () => systecData().fixtures,
        stats: () => copyStats(stats),
        time,
        advanceTime,
      });
      sendJson(response, result.status, result.body, new Date(clockMs()));
      return;
    }

    stats.requests++;
    if (systec) stats.systec.requests++;
    const delay =
      scenario.latencyMs +
      (scenario.jitterMs > 0 ? Math.floor(latencyRandom.next() * (scenario.jitterMs + 1)) : 0);
    if (delay > 0) await sleep(delay);
    if (closed) return;
    let fault: FaultKind | undefined;
    if (scenario.faultRate > 0 && faultRandom.next() < scenario.faultRate) {
      fault = faultRandom.pick(scenario.faultKinds);
      stats.faults++;
      if (systec) stats.systec.faults++;
    }
    if (fault !== undefined && faultTiming(fault) === 'instead-of-answer') {
      const serverError = systec
        ? systecServerErrorBody
        : new ApiError('serverError').toBody(scenario.distinctNewErrorCodes);
      writeReplacingFault(fault, response, new Date(clockMs()), serverError);
      return;
    }
    const result = answerApi(request, body, systec);
    const text = JSON.stringify(result.body);
    if (fault !== undefined)
      writeBreakingFault(fault, request, response, result.status, text, new Date(clockMs()));
    else send(response, result.status, text, jsonType, new Date(clockMs()), result.headers);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      process.emitWarning(`callroll-emulator: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) {
        const systec = isSystecPath(new URL(request.url ?? '/', 'http://emulator.invalid').pathname);
        const body = systec
          ? systecServerErrorBody
          : new ApiError('serverError').toBody(scenario.distinctNewErrorCodes);
        sendJson(response, 500, body, new Date(clockMs()));
      } else response.destroy();
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
    get systec() {
      return {
        baseURL: `${url}${systecPrefix}/`,
        credentials: { ...systecCredentials },
        fixtures: systecData().fixtures,
      };
    },
    get scenario() {
      return copyScenario(scenario);
    },
    setScenario,
    advanceTime,
    get time() {
      return time();
    },
    reset,
    get stats() {
      return copyStats(stats);
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

/** The defaults with the given overrides; an override left undefined keeps the default. */
function mergeCredentials<T extends object>(defaults: Readonly<T>, overrides: Partial<T> | undefined): T {
  const merged = { ...defaults } as T;
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

function checkedLargeCalloutCount(count: number | undefined): number | undefined {
  if (count === undefined) return undefined;
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    throw new RangeError('largeCalloutCount must be a whole number from 1 to 1,000,000');
  }
  return count;
}
