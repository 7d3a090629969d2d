import type { IncomingHttpHeaders } from 'node:http';
import { dayOf } from '../data/systec/calendar-day.js';
import type { SystecDataset } from '../data/systec/systec-dataset.js';
import type { EmulatorStats } from '../emulator-stats.js';
import type { RateLimiter } from '../scenario/rate-limiter.js';
import type { Scenario } from '../scenario/scenario.js';
import type { SystecCredentials } from '../systec-credentials.js';
import { checkCredentials } from './check-credentials.js';
import { FormParams } from './form-params.js';
import { matchSystecRoute } from './route-table.js';
import { SystecError } from './systec-error.js';
import { QuirkDice } from './wire/quirk-dice.js';
import { TimeWriter } from './wire/time-writer.js';

/** The emulator's state that a Systec call is answered from. */
export interface SystecState {
  dataset: SystecDataset;
  credentials: SystecCredentials;
  /** A one-second window, apart from Tencent's one-minute one. */
  rateLimiter: RateLimiter;
  scenario: Scenario;
  stats: EmulatorStats;
}

export interface SystecRequest {
  method: string;
  uri: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The data clock, ms (real speed unless frozen or moved on): the rate limit counts by it. */
  nowMs: number;
}

export interface SystecAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const formType = 'application/x-www-form-urlencoded';

/** What an internal error (or the `server-error` fault) looks like on the Systec routes. */
export const systecServerErrorBody = {
  status: 500,
  message: 'Internal server error, please try again later.',
};

/**
 * Checks, in this order: no parameters in the URL (credentials there are refused as such), a
 * known endpoint, POST, a form body, `api_key` and `api_secret`, the rate limit; then answers
 * `{status: 200, message: "OK", data}`. Refusals are the envelope with HTTP 200, as the docs
 * imply (credential ones in Zoom v1's shape when the scenario asks); only the rate limit can be
 * told to use HTTP 429. Anything else thrown is a bug in the emulator: HTTP 500 and a warning.
 */
export function answerSystecRequest(state: SystecState, request: SystecRequest): SystecAnswer {
  const { scenario } = state;
  try {
    const url = new URL(request.uri, 'http://emulator.invalid');
    if (url.searchParams.has('api_key') || url.searchParams.has('api_secret')) {
      throw new SystecError(
        401,
        'api_key and api_secret must be sent in the form body of a POST, never in the URL.',
        'missing',
      );
    }
    if (url.search !== '' && url.search !== '?') {
      throw new SystecError(400, 'Parameters go in the form body of a POST, not in the URL.');
    }
    const handler = matchSystecRoute(url.pathname);
    if (request.method !== 'POST') {
      throw new SystecError(405, `Only POST is supported; got ${request.method}.`);
    }
    const contentType = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    if (contentType !== formType) {
      throw new SystecError(
        415,
        `Send the parameters as ${formType}; got ${contentType === '' ? 'no Content-Type' : contentType}.`,
      );
    }
    const form = new FormParams(new URLSearchParams(request.body));
    checkCredentials(form, state.credentials);
    if (
      !state.rateLimiter.tryCall(state.credentials.apiKey, scenario.systecRateLimitPerSecond, request.nowMs)
    ) {
      return rateLimited(state, request.nowMs);
    }
    const times = new TimeWriter(scenario.systecTimeFormat);
    const data = handler({
      dataset: state.dataset,
      form,
      style: { dice: new QuirkDice(state.dataset.seed, scenario.systecQuirks), times },
      today: dayOf(state.dataset.nowSeconds, times.offsetSeconds),
    });
    return { status: 200, body: { status: 200, message: 'OK', data } };
  } catch (error) {
    if (error instanceof SystecError) return { status: 200, body: error.toBody(scenario.systecErrorShape) };
    process.emitWarning(
      `callroll-emulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return { status: 500, body: systecServerErrorBody };
  }
}

function rateLimited(state: SystecState, nowMs: number): SystecAnswer {
  state.stats.rateLimited++;
  state.stats.systec.rateLimited++;
  const limit = state.scenario.systecRateLimitPerSecond;
  const body = {
    status: 429,
    message: `Too many requests: at most ${limit} call${limit === 1 ? '' : 's'} per second per API key. Slow down and retry.`,
  };
  if (state.scenario.systecRateLimitStatus === 200) return { status: 200, body };
  const waitSeconds = Math.max(
    1,
    Math.ceil(state.rateLimiter.waitMs(state.credentials.apiKey, nowMs) / 1000),
  );
  return { status: 429, body, headers: { 'Retry-After': String(waitSeconds) } };
}
