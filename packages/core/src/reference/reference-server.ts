import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReferenceDataset, type ReferenceDataset } from './reference-dataset.js';
import { answerReferenceRequest } from './reference-routes.js';

/** How the reference server misbehaves, for conformance tests and benchmarks. */
export interface ReferenceScenario {
  /** Added to every response. */
  latencyMs: number;
  /**
   * `rate-limited`: every call answers 429; `malformed-response`: bodies break the documented
   * types; `slow`: no call is answered until the mode changes (then each is, as the new mode says).
   */
  mode: 'normal' | 'rate-limited' | 'malformed-response' | 'slow';
}

export interface ReferenceServerOptions {
  dataset?: ReferenceDataset | undefined;
  latencyMs?: number | undefined;
  /** The key the server accepts (random by default). */
  apiKey?: string | undefined;
}

export interface ReferenceServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  apiKey: string;
  dataset: ReferenceDataset;
  setScenario(scenario: Partial<ReferenceScenario>): void;
  /** Requests answered so far (any status). */
  readonly requestCount: number;
  close(): Promise<void>;
}

/**
 * A small HTTP service over an in-memory dataset: the reference provider's counterpart. It shows
 * provider authors the shape the conformance kit expects from a test server.
 */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const dataset = options.dataset ?? createReferenceDataset();
  const apiKey = options.apiKey ?? `ref_${randomBytes(12).toString('hex')}`;
  const scenario: ReferenceScenario = { latencyMs: options.latencyMs ?? 0, mode: 'normal' };
  let requestCount = 0;
  // Answers the 'slow' mode holds back, sent when the mode changes; a client that gave up is dropped.
  const held = new Set<() => void>();

  const server = createServer((request, response) => {
    requestCount++;
    const answer = () => {
      const reply = answerReferenceRequest(request, { apiKey, dataset, scenario });
      response.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        ...reply.headers,
      });
      response.end(JSON.stringify(reply.body));
    };
    if (scenario.mode === 'slow') {
      held.add(answer);
      response.once('close', () => held.delete(answer));
    } else if (scenario.latencyMs > 0) setTimeout(answer, scenario.latencyMs);
    else answer();
  });
  server.keepAliveTimeout = 10_000;

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    apiKey,
    dataset,
    setScenario(change) {
      Object.assign(scenario, change);
      if (scenario.mode === 'slow') return;
      const answers = [...held];
      held.clear();
      for (const answer of answers) answer();
    },
    get requestCount() {
      return requestCount;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        held.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
