import type { IncomingHttpHeaders } from 'node:http';
import { authenticate } from '../auth/authenticate.js';
import type { ReplayCache } from '../auth/replay-cache.js';
import type { Dataset } from '../data/dataset.js';
import type { EmulatorStats } from '../emulator-stats.js';
import type { RateLimiter } from '../scenario/rate-limiter.js';
import type { Scenario } from '../scenario/scenario.js';
import type { TencentCredentials } from '../tencent-credentials.js';
import { ApiError } from './api-error.js';
import { QueryParams } from './params.js';
import { matchRoute } from './route-table.js';

/** The emulator's state that a Tencent request is answered from. */
export interface TencentState {
  dataset: Dataset;
  credentials: TencentCredentials;
  replays: ReplayCache;
  rateLimiter: RateLimiter;
  scenario: Scenario;
  stats: EmulatorStats;
}

export interface TencentRequest {
  method: string;
  /** The request target as received: what the signature covers. */
  uri: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Real time, ms. */
  nowMs: number;
  /** The emulator's skewed clock, ms. */
  clockMs: number;
}

/**
 * Authenticates, rate-limits and routes one request, returning the status and JSON body to
 * send. Handler errors become `error_info` bodies; anything else is a bug in the emulator,
 * answered as Tencent's servers would (960000) and reported as a process warning.
 */
export function answerTencentRequest(
  state: TencentState,
  request: TencentRequest,
): { status: number; body: unknown } {
  const clockSeconds = Math.floor(request.clockMs / 1000);
  try {
    authenticate({ ...request, clockSeconds }, state.credentials, state.replays);
    if (
      !state.rateLimiter.tryCall(state.credentials.appId, state.scenario.rateLimitPerMinute, request.nowMs)
    ) {
      state.stats.rateLimited++;
      throw new ApiError('rateLimited', undefined, state.scenario.rateLimitStatus);
    }
    const url = new URL(request.uri, 'http://emulator.invalid');
    const { handler, params } = matchRoute(request.method, url.pathname);
    const body = handler({
      dataset: state.dataset,
      scenario: state.scenario,
      nowMs: request.nowMs,
      clockSeconds,
      query: new QueryParams(url.searchParams),
      body: request.body,
      pathParams: params,
    });
    return { status: 200, body };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: error.toBody() };
    process.emitWarning(
      `callroll-emulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return { status: 500, body: new ApiError('serverError').toBody() };
  }
}
