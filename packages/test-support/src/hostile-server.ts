import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** The path without the query, e.g. `/v1/meeting/123/phone/callout` or `/umeeting/share/detail`. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body exactly as sent. */
  body: string;
  /** The body read as form fields (empty when it is not a form). */
  form: URLSearchParams;
}

/** What the server answers: `body` is sent as JSON unless it is a string. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** The reply to the request numbered `index` (from 0, in arrival order). */
export type Answer = (request: ReceivedRequest, index: number) => Reply;

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
export async function startHostileServer(answer: Answer): Promise<HostileServer> {
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
        path: url.pathname,
        query: url.searchParams,
        headers: flatHeaders(request),
        body,
        form: new URLSearchParams(body),
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
