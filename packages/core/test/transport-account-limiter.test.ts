import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../src/transport/http-transport.js';
import { type FaultServer, startFaultServer } from './support/fault-server.js';

describe('account limiter', () => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterAll(() => server.close());

  const make = (accountKey: string | undefined) =>
    createHttpTransport({ provider: 'test', baseURL: server.url, concurrency: 2, accountKey });

  it('is shared by transports of the same account, so together they stay within its bound', async () => {
    server.reset();
    server.fallback({ kind: 'respond', status: 200, body: 'ok', delayMs: 20 });
    const transports = [make('test|a'), make('test|a'), make('test|a')];
    try {
      await Promise.all(
        transports.flatMap((transport) =>
          Array.from({ length: 6 }, () => transport.request({ method: 'GET', path: 'x' })),
        ),
      );
      expect(server.requests).toHaveLength(18);
      expect(server.maxConcurrent).toBe(2);
    } finally {
      await Promise.all(transports.map((transport) => transport.close()));
    }
  });

  it('is separate for other accounts and for transports without a key', async () => {
    server.reset();
    server.fallback({ kind: 'respond', status: 200, body: 'ok', delayMs: 20 });
    const transports = [make('test|a'), make('test|b'), make(undefined)];
    try {
      await Promise.all(
        transports.flatMap((transport) =>
          Array.from({ length: 4 }, () => transport.request({ method: 'GET', path: 'x' })),
        ),
      );
      expect(server.maxConcurrent).toBeGreaterThan(2);
    } finally {
      await Promise.all(transports.map((transport) => transport.close()));
    }
  });

  it('keeps serving the other transports of an account when one closes', async () => {
    server.reset();
    const first = make('test|c');
    const second = make('test|c');
    await first.close();
    expect((await second.request({ method: 'GET', path: 'x' })).status).toBe(200);
    await second.close();
  });
});
