import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
}

/** What the server answers: `body` is sent as JSON. */
export interface Reply {
  status?: number;
  body: unknown;
}

export interface HostileTencentServer {
  /** `http://127.0.0.1:<port>`, for CALLROLL_TENCENT_BASE_URL. */
  readonly url: string;
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

/**
 * A Tencent-shaped loopback server (127.0.0.1, a free port) that answers every request with
 * `answer`'s reply; it checks no signature. For the CLI run against a hostile service.
 */
export async function startHostileTencentServer(
  answer: (request: ReceivedRequest, index: number) => Reply,
): Promise<HostileTencentServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const received = {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: flatHeaders(request),
      };
      requests.push(received);
      let reply: Reply;
      try {
        reply = answer(received, requests.length - 1);
      } catch (error) {
        reply = { status: 599, body: { test_server_failed: String(error) } };
      }
      response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
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

/** The account the CLI is given; the server never checks it. */
export const hostileTencentAccount = {
  appId: '210000888',
  secretId: 'AKIDcliHostileServerSecretId0001',
  secretKey: 'CliHostileSecretKey9876543210zyxwvu',
  operatorId: 'operator-cli',
} as const;

/** The CALLROLL_TENCENT_* variables that point the CLI at `server` with that account. */
export function hostileTencentEnv(server: HostileTencentServer): Record<string, string> {
  return {
    CALLROLL_TENCENT_APP_ID: hostileTencentAccount.appId,
    CALLROLL_TENCENT_SECRET_ID: hostileTencentAccount.secretId,
    CALLROLL_TENCENT_SECRET_KEY: hostileTencentAccount.secretKey,
    CALLROLL_TENCENT_OPERATOR_ID: hostileTencentAccount.operatorId,
    CALLROLL_TENCENT_BASE_URL: server.url,
  };
}

/** A callout row in Tencent's shape. */
export function calloutRow(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { area: 86, phone: '13800138000', status: 'START_ACCEPT', ms_open_id: id, ...extra };
}
