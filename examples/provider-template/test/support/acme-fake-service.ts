import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConformanceScenario } from '@callroll/core/testing';

/** A few lines of Acme Meet over loopback HTTP: enough of its API for the conformance kit. */
export interface AcmeFakeService {
  url: string;
  workspace: string;
  token: string;
  /** A meeting with 120 dial-ins (one in a state Acme does not document) and one without. */
  meetings: { busy: string; missing: string; dialIns: number; unknownState: string };
  setScenario(scenario: ConformanceScenario): void;
  close(): Promise<void>;
}

const states = ['RINGING', 'TALKING', 'HUNG_UP', 'MISSED'];
const busy = 'mtg_weekly01';
const dialIns = Array.from({ length: 120 }, (_, index) => ({
  id: `din_${index + 1}`,
  phone: `+86138${String(10_000_000 + index * 7919).slice(-8)}`,
  state: index === 42 ? 'ON_HOLD' : (states[index % states.length] as string),
  talk_seconds: index % 4 === 2 ? 60 + index : null,
  cost_fen: index % 4 === 2 ? (index % 8 === 2 ? 0 : 12 * index) : null,
}));
// Cursors are opaque to clients: here, an offset in base64url.
const cursorOf = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
interface Reply {
  status: number;
  body: unknown;
  retryAfter?: string | undefined;
}
const failure = (status: number, code: string, detail: string): Reply => ({
  status,
  body: { errors: [{ code, detail }] },
});
const offsetOf = (cursor: string) => /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString())?.[1];

export async function startAcmeFakeService(): Promise<AcmeFakeService> {
  const workspace = 'acme-test';
  const token = `acme_${randomBytes(12).toString('hex')}`;
  let scenario: ConformanceScenario = 'normal';
  // What the 'slow' scenario holds back: sent when it changes, dropped when the client gave up.
  const held = new Set<() => void>();

  const answer = (request: IncomingMessage): Reply => {
    if (request.headers['x-acme-token'] !== token) return failure(401, 'TOKEN_INVALID', 'Unknown API token');
    if (scenario === 'rate-limited') return { ...failure(429, 'SLOW_DOWN', 'Slow down'), retryAfter: '1' };
    const url = new URL(request.url ?? '/', 'http://acme.invalid');
    const [, meetingId, rest] =
      /^\/v2\/workspaces\/acme-test\/meetings\/([^/]+)(\/dial-ins)?$/.exec(url.pathname) ?? [];
    if (meetingId !== busy) return failure(404, 'NOT_FOUND', 'No such meeting');
    if (rest === undefined) {
      const meeting = { id: busy, title: 'Weekly sync', status: 'DONE', started_at: 1_795_000_000 };
      return { status: 200, body: { meeting: { ...meeting, ended_at: 1_795_003_600 } } };
    }
    const limit = Number(url.searchParams.get('limit') ?? '25');
    const cursor = url.searchParams.get('cursor');
    const offset = Number(cursor === null ? '0' : (offsetOf(cursor) ?? Number.NaN));
    if (Number.isNaN(offset)) return failure(400, 'CURSOR_INVALID', 'This cursor was not issued here');
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) return failure(400, 'LIMIT_INVALID', '1 to 50');
    const page = dialIns.slice(offset, offset + limit);
    const next = offset + limit < dialIns.length ? cursorOf(offset + limit) : null;
    const broken = scenario === 'malformed-response';
    return {
      status: 200,
      body: {
        dial_ins: broken ? page.map((row) => ({ ...row, talk_seconds: 'long' })) : page,
        next_cursor: next,
      },
    };
  };
  const reply = (request: IncomingMessage, response: ServerResponse) => {
    const { status, body, retryAfter } = answer(request);
    response.writeHead(status, {
      'content-type': 'application/json',
      ...(retryAfter ? { 'retry-after': retryAfter } : {}),
    });
    response.end(JSON.stringify(body));
  };

  const server = createServer((request, response) => {
    if (scenario !== 'slow') return reply(request, response);
    const later = () => reply(request, response);
    held.add(later);
    response.once('close', () => held.delete(later));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    workspace,
    token,
    meetings: { busy, missing: 'mtg_missing1', dialIns: dialIns.length, unknownState: 'ON_HOLD' },
    setScenario(next) {
      scenario = next;
      if (next === 'slow') return;
      for (const later of [...held]) later();
      held.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        held.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
