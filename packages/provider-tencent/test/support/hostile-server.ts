import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ProviderOptions, TransportEvent } from '@callroll/core';
import { createTencentMeeting, type TencentMeetingProvider } from '../../src/tencent-meeting-provider.js';
import type { TencentSettings } from '../../src/tencent-settings.js';

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** The path without the query, e.g. `/v1/meeting/123/phone/callout`. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** What the server answers: `body` is sent as JSON unless it is a string. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface HostileServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** Every request so far, in arrival order. */
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) result[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

function send(response: ServerResponse, reply: Reply): void {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  response.writeHead(reply.status ?? 200, {
    'content-type': typeof reply.body === 'string' ? 'text/html; charset=utf-8' : 'application/json',
    ...reply.headers,
  });
  response.end(text);
}

/**
 * A loopback HTTP server (127.0.0.1, a free port) that answers every request with `answer`'s
 * reply: a service that says whatever a test wants it to, as a hostile or broken one would.
 */
export async function startHostileServer(
  answer: (request: ReceivedRequest, index: number) => Reply,
): Promise<HostileServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const received: ReceivedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: flatHeaders(request),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(received);
      try {
        send(response, answer(received, requests.length - 1));
      } catch (error) {
        // A broken test server must not look like a hostile answer: say so plainly.
        send(response, { status: 599, body: `test server failed: ${String(error)}` });
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The account the tests' providers use; the server never checks it. */
export const hostileCredentials = {
  appId: '210000777',
  secretId: 'AKIDhostileServerTestSecretId0001',
  secretKey: 'TcHostileSecretKey0123456789abcdefXYZ',
  operatorId: 'operator-hostile',
} as const;

/** A Tencent provider pointed at `server`, its transport events collected into `events`. */
export function tencentAt(
  server: HostileServer,
  events: TransportEvent[] = [],
  options: ProviderOptions = {},
  overrides: Partial<TencentSettings> = {},
): TencentMeetingProvider {
  return createTencentMeeting(
    { ...hostileCredentials, baseURL: server.url, ...overrides },
    { onEvent: (event) => events.push(event), ...options },
  );
}

/** A callout row in Tencent's shape; `id` makes its `ms_open_id`. */
export function calloutRow(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { area: 86, phone: '13800138000', status: '3', ms_open_id: id, ...extra };
}

/** A participant row in Tencent's shape; `id` makes its `ms_open_id`. */
export function participantRow(id: string, joinTime = 1_767_225_600): Record<string, unknown> {
  return { userid: '', ms_open_id: id, user_name: 'QWxpY2UgV2FuZw==', join_time: String(joinTime) };
}

/** `prefix0`, `prefix1`, … for `count` ids from `from`. */
export function ids(prefix: string, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${from + index}`);
}

/** The error a promise rejects with; a test failure when it resolves. */
export function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}
