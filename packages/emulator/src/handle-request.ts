import type { IncomingMessage, ServerResponse } from 'node:http';
import { adminPrefix, handleAdmin } from './admin/admin-handler.js';
import { answerApiRequest } from './answer-api-request.js';
import type { EmulatorState } from './emulator-state.js';
import { BodyTooLargeError, readBody } from './http/read-body.js';
import { jsonType, send, sendJson } from './http/send.js';
import { faultTiming, writeBreakingFault, writeReplacingFault } from './scenario/faults.js';
import type { LatencyWaits } from './scenario/latency-waits.js';
import type { FaultKind } from './scenario/scenario.js';
import { systecServerErrorBody } from './systec/answer-request.js';
import { isSystecPath } from './systec/route-table.js';
import { SystecError } from './systec/systec-error.js';
import { ApiError } from './tencent/api-error.js';

const bodyLimit = 1024 * 1024;

/**
 * One request: the admin endpoint answers at once; an API request waits out the scenario's
 * latency, may meet a fault, and is then answered by its API.
 */
export async function handleRequest(
  state: EmulatorState,
  waits: LatencyWaits,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://emulator.invalid');
  const systec = isSystecPath(url.pathname);
  let body: string;
  try {
    body = await readBody(request, bodyLimit);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    const refusal = systec
      ? new SystecError(413, 'The request body is larger than 1 MiB.').toBody('envelope')
      : new ApiError('invalidParameter', '请求体过大。').toBody(state.scenario.distinctNewErrorCodes);
    sendJson(response, systec ? 200 : 413, refusal, new Date(state.clockMs()));
    return;
  }
  if (url.pathname === adminPrefix || url.pathname.startsWith(`${adminPrefix}/`)) {
    const result = handleAdmin(request.method ?? 'GET', url.pathname, body, state.adminControls());
    sendJson(response, result.status, result.body, new Date(state.clockMs()));
    return;
  }

  state.stats.requests++;
  if (systec) state.stats.systec.requests++;
  const { latencyMs, jitterMs } = state.scenario;
  const delay = latencyMs + (jitterMs > 0 ? Math.floor(state.latencyRandom.next() * (jitterMs + 1)) : 0);
  if (delay > 0) await waits.sleep(delay);
  if (waits.closed) return;
  // The scenario and stats are read again: either may have changed during the wait.
  const { scenario } = state;
  let fault: FaultKind | undefined;
  if (scenario.faultRate > 0 && state.faultRandom.next() < scenario.faultRate) {
    fault = state.faultRandom.pick(scenario.faultKinds);
    state.stats.faults++;
    if (systec) state.stats.systec.faults++;
  }
  if (fault !== undefined && faultTiming(fault) === 'instead-of-answer') {
    const serverError = systec
      ? systecServerErrorBody
      : new ApiError('serverError').toBody(scenario.distinctNewErrorCodes);
    writeReplacingFault(fault, response, new Date(state.clockMs()), serverError);
    return;
  }
  const result = answerApiRequest(state, request, body, systec);
  const text = JSON.stringify(result.body);
  if (fault !== undefined)
    writeBreakingFault(fault, request, response, result.status, text, new Date(state.clockMs()));
  else send(response, result.status, text, jsonType, new Date(state.clockMs()), result.headers);
}
