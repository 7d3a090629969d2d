import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the server does with one request. */
export type FaultStep =
  /** A normal response, after `delayMs` if given. */
  | { kind: 'respond'; status?: number; headers?: Record<string, string>; body?: string; delayMs?: number }
  /** The request as received, as JSON: `{ method, url, headers, body }`. */
  | { kind: 'echo'; status?: number }
  /** Drops the connection without a response (`socket.destroy()`). */
  | { kind: 'reset' }
  /** Never answers; the connection stays open until the client gives up or the server closes. */
  | { kind: 'hang' }
  /** Headers and part of the body, then nothing more. */
  | { kind: 'stall'; status?: number; partialBody?: string }
  /** Promises `declaredBytes` in `content-length`, sends `body`, then drops the connection. */
  | { kind: 'truncate'; status?: number; body?: string; declaredBytes?: number }
  /** Streams `bytes` bytes, with or without a `content-length` announcing them. */
  | { kind: 'oversized'; bytes: number; declareLength: boolean };

export interface ReceivedRequest {
  method: string;
  /** The request URI exactly as received, e.g. `/v1/x?a=1`. */
  url: string;
  headers: Record<string, string>;
  /** Header names as they came on the wire, in order, case kept. */
  rawHeaders: string[];
  body: string;
}

export interface FaultServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** Every request received so far, in arrival order. */
  readonly requests: ReceivedRequest[];
  /** The most requests that were being handled at the same time. */
  readonly maxConcurrent: number;
  /** Steps for the next requests, one each, in order; after them, `fallback` applies. */
  script(...steps: FaultStep[]): void;
  /** What requests beyond the script get (default: `200 ok`). */
  fallback(step: FaultStep): void;
  /** Resolves once `count` requests in all have arrived. */
  waitForRequests(count: number): Promise<void>;
  /** Clears the script, the fallback, the log and the counters. */
  reset(): void;
  close(): Promise<void>;
}

const ok: FaultStep = { kind: 'respond', status: 200, body: 'ok' };

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) result[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

function writeChunks(response: ServerResponse, bytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let left = bytes;
  const pump = (): void => {
    while (left > 0 && !response.destroyed) {
      const size = Math.min(left, chunk.length);
      left -= size;
      if (!response.write(chunk.subarray(0, size))) {
        response.once('drain', pump);
        return;
      }
    }
    if (!response.destroyed) response.end();
  };
  pump();
}

/** A loopback HTTP server whose answer to each request is scripted, for transport tests. */
export async function startFaultServer(): Promise<FaultServer> {
  let steps: FaultStep[] = [];
  let fallbackStep: FaultStep = ok;
  let requests: ReceivedRequest[] = [];
  let inFlight = 0;
  let maxConcurrent = 0;
  let waiters: { count: number; resolve: () => void }[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const handle = (step: FaultStep, received: ReceivedRequest, response: ServerResponse): void => {
    switch (step.kind) {
      case 'respond': {
        const send = (): void => {
          response.writeHead(step.status ?? 200, step.headers ?? {});
          response.end(step.body ?? '');
        };
        if (step.delayMs === undefined) send();
        else {
          const timer = setTimeout(() => {
            timers.delete(timer);
            send();
          }, step.delayMs);
          timers.add(timer);
        }
        return;
      }
      case 'echo':
        response.writeHead(step.status ?? 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(received));
        return;
      case 'reset':
        response.socket?.destroy();
        return;
      case 'hang':
        return;
      case 'stall':
        response.writeHead(step.status ?? 200, { 'content-length': '1000000' });
        response.write(step.partialBody ?? 'partial');
        return;
      case 'truncate': {
        const body = step.body ?? 'partial';
        response.writeHead(step.status ?? 200, {
          'content-length': String(step.declaredBytes ?? Buffer.byteLength(body) + 100),
        });
        // Destroy only once the partial body is on the wire, so the client sees a short body.
        response.write(body, () => response.socket?.destroy());
        return;
      }
      case 'oversized':
        response.writeHead(200, step.declareLength ? { 'content-length': String(step.bytes) } : {});
        writeChunks(response, step.bytes);
        return;
    }
  };

  const server = createServer((request, response) => {
    inFlight++;
    maxConcurrent = Math.max(maxConcurrent, inFlight);
    let done = false;
    const finish = (): void => {
      if (!done) inFlight--;
      done = true;
    };
    response.on('close', finish);
    response.on('error', () => undefined);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received: ReceivedRequest = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: flatHeaders(request),
        rawHeaders: request.rawHeaders.filter((_, index) => index % 2 === 0),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(received);
      const step = steps.shift() ?? fallbackStep;
      handle(step, received, response);
      for (const waiter of waiters.filter((item) => requests.length >= item.count)) waiter.resolve();
      waiters = waiters.filter((item) => requests.length < item.count);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    get maxConcurrent() {
      return maxConcurrent;
    },
    script(...next) {
      steps.push(...next);
    },
    fallback(step) {
      fallbackStep = step;
    },
    waitForRequests(count) {
      if (requests.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    reset() {
      steps = [];
      fallbackStep = ok;
      requests = [];
      maxConcurrent = inFlight;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
