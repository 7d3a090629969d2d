import type { IncomingMessage, ServerResponse } from 'node:http';
import { jsonType, send } from '../http/send.js';
import type { FaultKind } from './scenario.js';

/**
 * Faults that replace the answer (the request is never handled) and faults that break it on the
 * way back (the request was handled, side effects included, and the client cannot know).
 */
export type FaultTiming = 'instead-of-answer' | 'after-handling';

export function faultTiming(kind: FaultKind): FaultTiming {
  return kind === 'connection-reset' || kind === 'truncated-body' ? 'after-handling' : 'instead-of-answer';
}

const gatewayPage =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>stgw</center>\r\n</body>\r\n</html>\r\n';

const maintenancePage =
  '<!DOCTYPE html><html><head><title>系统维护中</title></head><body><p>服务繁忙，请稍后再试。</p></body></html>';

/**
 * Answers with the fault instead of handling the request. `serverErrorBody` is the API's own
 * internal-error body (Tencent's `error_info`, Systec's envelope), sent with HTTP 500.
 */
export function writeReplacingFault(
  kind: FaultKind,
  response: ServerResponse,
  date: Date,
  serverErrorBody: unknown,
): void {
  if (kind === 'server-error') {
    send(response, 500, JSON.stringify(serverErrorBody), jsonType, date);
  } else if (kind === 'bad-gateway') {
    send(response, 502, gatewayPage, 'text/html', date);
  } else {
    // A 200 that claims JSON but is not: only parsing the body catches it.
    send(response, 200, maintenancePage, jsonType, date);
  }
}

/** Breaks a handled answer on its way back: an RST, or half the promised bytes and a close. */
export function writeBreakingFault(
  kind: FaultKind,
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: string,
  date: Date,
): void {
  if (kind === 'connection-reset') {
    request.socket.resetAndDestroy();
    return;
  }
  const bytes = Buffer.from(body, 'utf8');
  response.writeHead(status, {
    Date: date.toUTCString(),
    'Content-Type': jsonType,
    'Content-Length': String(bytes.length),
  });
  response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.destroy());
}
