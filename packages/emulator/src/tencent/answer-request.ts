import type { IncomingHttpHeaders } from 'node:http';
import { authenticate } from '../auth/authenticate.js';
import type { ReplayCache } from '../auth/replay-cache.js';
import type { Dataset } from '../data/dataset.js';
import type { EmulatorStats } from '../emulator-stats.js';
import type { DailyQuota } from '../scenario/daily-quota.js';
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
  dailyQuota: DailyQuota;
  scenario: Scenario;
  stats: EmulatorStats;
}

export interface TencentRequest {
  method: string;
  /** The request target as received: what the signature covers. */
  uri: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The emulator's skewed clock, ms: the signature check uses it. */
  clockMs: number;
  /** The data clock, ms: callout statuses are read at it, and the rate limits count by it. */
  dataNowMs: number;
  /** The data clock's distance from the emulator's `now`, ms. */
  sinceAnchorMs: number;
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
  const { scenario } = state;
  const clockSeconds = Math.floor(request.clockMs / 1000);
  try {
    authenticate({ ...request, clockSeconds }, state.credentials, state.replays);
    admit(state, request.dataNowMs);
    const url = new URL(request.uri, 'http://emulator.invalid');
    const { handler, params } = matchRoute(request.method, url.pathname);
    const body = handler({
      dataset: state.dataset,
      scenario,
      moment: {
        nowMs: request.dataNowMs,
        sinceAnchorMs: Math.max(0, request.sinceAnchorMs),
        ringMs: scenario.calloutRingMs,
        talkMs: scenario.calloutTalkMs,
        liveProgress: scenario.liveCalloutProgress,
      },
      clockSeconds,
      query: new QueryParams(url.searchParams),
      body: request.body,
      pathParams: params,
    });
    return { status: 200, body };
  } catch (error) {
    if (error instanceof ApiError) {
      return { status: error.status, body: error.toBody(scenario.distinctNewErrorCodes) };
    }
    process.emitWarning(
      `callroll-emulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return { status: 500, body: new ApiError('serverError').toBody(scenario.distinctNewErrorCodes) };
  }
}

/**
 * The daily quota first (a used-up day refuses before the minute is counted), then the sliding
 * window; only a call both let through counts towards either. Both answer with `rateLimitStatus`.
 */
function admit(state: TencentState, nowMs: number): void {
  const { scenario, stats } = state;
  const app = state.credentials.appId;
  if (scenario.dailyLimitReached || state.dailyQuota.isUsedUp(app, scenario.rateLimitPerDay, nowMs)) {
    stats.rateLimited++;
    throw new ApiError('dailyLimited', undefined, scenario.rateLimitStatus);
  }
  if (!state.rateLimiter.tryCall(app, scenario.rateLimitPerMinute, nowMs, scenario.rateLimitWindowMs)) {
    stats.rateLimited++;
    throw new ApiError('rateLimited', undefined, scenario.rateLimitStatus);
  }
  state.dailyQuota.record(app, nowMs);
}
