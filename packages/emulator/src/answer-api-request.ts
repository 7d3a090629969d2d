import type { IncomingMessage } from 'node:http';
import type { EmulatorState } from './emulator-state.js';
import { answerSystecRequest, type SystecAnswer } from './systec/answer-request.js';
import { answerTencentRequest } from './tencent/answer-request.js';

/** Answers an API request (after latency and faults): Systec's under /umeeting/, Tencent's otherwise. */
export function answerApiRequest(
  state: EmulatorState,
  request: IncomingMessage,
  body: string,
  systec: boolean,
): SystecAnswer {
  const { scenario, stats } = state;
  const dataNow = state.dataNowMs();
  const incoming = {
    method: request.method ?? 'GET',
    uri: request.url ?? '/',
    headers: request.headers,
    body,
  };
  return systec
    ? answerSystecRequest(
        {
          dataset: state.systecData(),
          credentials: state.systecCredentials,
          rateLimiter: state.systecRateLimiter,
          scenario,
          stats,
        },
        { ...incoming, nowMs: dataNow },
      )
    : answerTencentRequest(
        {
          dataset: state.dataset,
          credentials: state.credentials,
          replays: state.replays,
          rateLimiter: state.rateLimiter,
          dailyQuota: state.dailyQuota,
          scenario,
          stats,
        },
        {
          ...incoming,
          clockMs: state.clockMs(),
          dataNowMs: dataNow,
          sinceAnchorMs: dataNow - state.anchorMs,
        },
      );
}
