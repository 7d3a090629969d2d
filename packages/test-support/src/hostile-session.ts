import { afterEach } from 'vitest';
import { type Answer, type HostileServer, startHostileServer } from './hostile-server.js';

/** A client a test opens against a server: a provider, say. */
export interface Closable {
  close(): Promise<void>;
}

export interface HostileSession {
  /** A hostile server for the running test, closed when the test ends. */
  serve(answer: Answer): Promise<HostileServer>;
  /** `client`, closed when the running test ends, before the servers. */
  closing<T extends Closable>(client: T): T;
}

/**
 * The servers and clients of each test in the file (or `describe`) that calls this, closed after
 * the test: clients first, so that none is left with requests to a server that went away.
 */
export function hostileSession(): HostileSession {
  const clients: Closable[] = [];
  const servers: HostileServer[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return {
    async serve(answer) {
      const server = await startHostileServer(answer);
      servers.push(server);
      return server;
    },
    closing(client) {
      clients.push(client);
      return client;
    },
  };
}
