import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError } from '../src/errors/network-error.js';
import { createHttpTransport } from '../src/transport/http-transport.js';
import type { TransportResponse } from '../src/transport/transport-types.js';
import { type FaultServer, type FaultStep, startFaultServer } from './support/fault-server.js';

type Fault = 'ok' | '500' | 'reset' | 'truncated';

const steps: Record<Fault, FaultStep> = {
  ok: { kind: 'respond', status: 200, body: 'ok' },
  '500': { kind: 'respond', status: 500, body: 'failed' },
  reset: { kind: 'reset' },
  truncated: { kind: 'truncate', body: 'half' },
};

let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer();
});

afterAll(async () => {
  await server.close();
});

describe('createHttpTransport: retry property', () => {
  it('returns the first 200 within maxRetries + 1 attempts, else the last failure, typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<Fault>('ok', '500', 'reset', 'truncated'), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 4 }),
        async (faults, maxRetries) => {
          server.reset();
          server.script(...faults.map((fault) => steps[fault]));
          const transport = createHttpTransport({
            provider: 'test',
            baseURL: server.url,
            maxRetries,
            sleep: async () => undefined,
          });
          let outcome: { response: TransportResponse } | { error: unknown };
          try {
            outcome = { response: await transport.request({ method: 'GET', path: 'p' }) };
          } catch (error) {
            outcome = { error };
          } finally {
            await transport.close();
          }
          // Past the script the server answers 200, so a success always comes eventually.
          const firstOk = faults.includes('ok') ? faults.indexOf('ok') : faults.length;
          const attempts = Math.min(firstOk + 1, maxRetries + 1);
          expect(server.requests).toHaveLength(attempts);
          const last: Fault = faults[attempts - 1] ?? 'ok';
          if (last === 'ok' || last === '500') {
            expect('response' in outcome && outcome.response).toMatchObject({
              status: last === 'ok' ? 200 : 500,
              attempts,
            });
          } else {
            const error = 'error' in outcome ? outcome.error : undefined;
            expect(NetworkError.isInstance(error)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
