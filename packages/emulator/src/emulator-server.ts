import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorState } from './emulator-state.js';
import { handleRequest } from './handle-request.js';
import { sendJson } from './http/send.js';
import type { LatencyWaits } from './scenario/latency-waits.js';
import { systecServerErrorBody } from './systec/answer-request.js';
import { isSystecPath } from './systec/route-table.js';
import { ApiError } from './tencent/api-error.js';

/** The HTTP server; a request that fails unexpectedly gets its API's server error, or is cut off. */
export function createEmulatorServer(state: EmulatorState, waits: LatencyWaits): Server {
  return createServer((request, response) => {
    handleRequest(state, waits, request, response).catch((error: unknown) => {
      process.emitWarning(`callroll-emulator: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) {
        const systec = isSystecPath(new URL(request.url ?? '/', 'http://emulator.invalid').pathname);
        const body = systec
          ? systecServerErrorBody
          : new ApiError('serverError').toBody(state.scenario.distinctNewErrorCodes);
        sendJson(response, 500, body, new Date(state.clockMs()));
      } else response.destroy();
    });
  });
}

/** Listens on `host:port` and returns the URL a client can reach it at. */
export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return `http://${urlHost(host)}:${address.port}`;
}

/** A URL a client can reach: wildcard binds are reached over loopback, IPv6 goes in brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
