import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReferenceDataset, type ReferenceDataset } from './reference-dataset.js';

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

const maxPageSize = 100;

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
    const answer = () => handle(request, response);
    if (scenario.mode === 'slow') {
      held.add(answer);
      response.once('close', () => held.delete(answer));
    } else if (scenario.latencyMs > 0) setTimeout(answer, scenario.latencyMs);
    else answer();
  });
  server.keepAliveTimeout = 10_000;

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    const fail = (status: number, code: string, message: string, headers?: Record<string, string>) =>
      send(status, { error: { code, message } }, headers);

    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      fail(401, 'unauthorized', 'The API key is missing or wrong');
      return;
    }
    if (scenario.mode === 'rate-limited') {
      fail(429, 'rate_limited', 'Too many requests', { 'retry-after': '1' });
      return;
    }
    if (request.method !== 'GET') {
      fail(405, 'method_not_allowed', 'Only GET is supported');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = Number(url.searchParams.get('page') ?? '1');
    const pageSize = Number(url.searchParams.get('page_size') ?? '20');
    if (
      !Number.isInteger(page) ||
      page < 1 ||
      !Number.isInteger(pageSize) ||
      pageSize < 1 ||
      pageSize > maxPageSize
    ) {
      fail(400, 'invalid_parameter', `page must be >= 1 and page_size 1..${maxPageSize}`);
      return;
    }
    const paged = <T>(items: T[]) => ({
      items: items.slice((page - 1) * pageSize, page * pageSize),
      page,
      page_size: pageSize,
      total: items.length,
    });
    const malformed = scenario.mode === 'malformed-response';
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);

    if (segments[0] !== 'v1' || segments[1] !== 'meetings') {
      fail(404, 'not_found', 'No such endpoint');
      return;
    }
    if (segments.length === 2) {
      const from = Date.parse(url.searchParams.get('from') ?? '');
      const to = Date.parse(url.searchParams.get('to') ?? '');
      if (Number.isNaN(from) || Number.isNaN(to)) {
        fail(400, 'invalid_parameter', 'from and to must be ISO dates');
        return;
      }
      // A meeting belongs to a range when it overlaps it; one not ended yet counts from its start.
      const inRange = dataset.meetings.filter((meeting) => {
        const start = Date.parse(meeting.starts_at);
        const end = meeting.ends_at === null ? start : Date.parse(meeting.ends_at);
        return start < to && end >= from;
      });
      send(200, malformed ? { ...paged(inRange), total: 'many' } : paged(inRange));
      return;
    }
    const meeting = dataset.meetings.find((candidate) => candidate.id === segments[2]);
    if (!meeting) {
      fail(404, 'not_found', 'No meeting with this id');
      return;
    }
    if (segments.length === 3) {
      send(200, malformed ? { ...meeting, starts_at: 12 } : meeting);
      return;
    }
    if (segments.length === 4 && segments[3] === 'phones') {
      const body = paged(dataset.phones.get(meeting.id) ?? []);
      send(
        200,
        malformed ? { ...body, items: body.items.map((item) => ({ ...item, duration_s: 'long' })) } : body,
      );
      return;
    }
    if (segments.length === 4 && segments[3] === 'participants') {
      send(200, paged(dataset.participants.get(meeting.id) ?? []));
      return;
    }
    fail(404, 'not_found', 'No such endpoint');
  }

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
