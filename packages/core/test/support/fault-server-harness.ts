import { afterAll, afterEach, beforeAll } from 'vitest';
import { createHttpTransport } from '../../src/transport/http-transport.js';
import type {
  HttpTransport,
  HttpTransportOptions,
  TransportEvent,
} from '../../src/transport/transport-types.js';
import { type FaultServer, startFaultServer } from './fault-server.js';

export interface TransportHarness {
  transport: HttpTransport;
  events: TransportEvent[];
  /** The backoff delays asked for; none is slept. */
  sleeps: number[];
}

export interface FaultServerHarness {
  /** The file's fault server, started before its tests and reset after each. */
  readonly server: FaultServer;
  /** A transport against it that never really sleeps and records its events; closed after the test. */
  harness(overrides?: Partial<HttpTransportOptions>): TransportHarness;
}

/** One fault server for a test file, and the transports its tests make against it. */
export function useFaultServer(): FaultServerHarness {
  let server: FaultServer | undefined;
  const transports: HttpTransport[] = [];
  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterEach(async () => {
    await Promise.all(transports.splice(0).map((transport) => transport.close()));
    server?.reset();
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = (): FaultServer => {
    if (server === undefined) throw new Error('the fault server starts before the tests');
    return server;
  };
  return {
    get server() {
      return started();
    },
    harness(overrides = {}) {
      const events: TransportEvent[] = [];
      const sleeps: number[] = [];
      const transport = createHttpTransport({
        provider: 'test',
        baseURL: started().url,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        random: () => 0,
        onEvent: (event) => events.push(event),
        ...overrides,
      });
      transports.push(transport);
      return { transport, events, sleeps };
    },
  };
}
