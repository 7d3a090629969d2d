import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ProviderOptions, TransportEvent } from '@callroll/core';
import type { SystecSettings } from '../../src/systec-settings.js';
import { createSystecUMeeting, type SystecUMeetingProvider } from '../../src/systec-umeeting-provider.js';

/** One form POST as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** The path under the base URL's `/umeeting/`, e.g. `share/detail`. */
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body exactly as sent. */
  body: string;
  /** The body's form fields, decoded. */
  form: URLSearchParams;
}

/** What the server answers: `body` is sent as JSON unless it is a string. */
export interface Reply {
  status?: number;
  body: unknown;
}

export interface HostileServer {
  /** The base URL to give the provider: `http://127.0.0.1:<port>/umeeting/`. */
  readonly baseURL: string;
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
  });
  response.end(text);
}

/**
 * A Systec-shaped loopback server (127.0.0.1, a free port): every form POST under `/umeeting/`
 * gets `answer`'s reply, whatever a hostile or broken service would say.
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
      const body = Buffer.concat(chunks).toString('utf8');
      const received: ReceivedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname.replace(/^\/umeeting\//, ''),
        headers: flatHeaders(request),
        body,
        form: new URLSearchParams(body),
      };
      requests.push(received);
      try {
        send(response, answer(received, requests.length - 1));
      } catch (error) {
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
    baseURL: `http://127.0.0.1:${port}/umeeting/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * The account the tests' providers use. The secret has characters that every encoding changes
 * (space, `+`, `/`, `=`, `&`, `%`, a quote), so that each encoded form differs from the raw one.
 */
export const hostileCredentials = {
  apiKey: 'SysHostileApiKey0001',
  apiSecret: 'Sys tec+hostile/secret="v4lue"&50%',
} as const;

/** A Systec provider pointed at `server`, its transport events collected into `events`. */
export function systecAt(
  server: HostileServer,
  events: TransportEvent[] = [],
  options: ProviderOptions = {},
  overrides: Partial<SystecSettings> = {},
): SystecUMeetingProvider {
  return createSystecUMeeting(
    { ...hostileCredentials, baseURL: server.baseURL, ...overrides },
    { onEvent: (event) => events.push(event), ...options },
  );
}

/** A meeting row of `share/detail` in Systec's shape, held on 2026-01-10 (Beijing time). */
export function meetingRow(uuid: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uuid,
    meeting_id: '8800112233',
    host_id: 'room-1',
    topic: `Meeting ${uuid}`,
    start_time: '2026-1-10 10:00:00',
    end_time: '2026-1-10 11:00:00',
    duration: 60,
    ...extra,
  };
}

/** The success envelope around `data`. */
export function envelope(data: Record<string, unknown>): Reply {
  return { body: { status: 200, message: 'success', data } };
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

/** The instants of a Beijing calendar range `from`..`to` (inclusive dates). */
export function beijingRange(from: string, to: string): { from: Date; to: Date } {
  const end = new Date(`${to}T00:00:00+08:00`);
  return { from: new Date(`${from}T00:00:00+08:00`), to: new Date(end.getTime() + 86_400_000) };
}
