import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Emulator, type FaultKind } from '../src/index.js';
import { call, operatorQuery, useEmulators } from './support/emulator-fixture.js';
import { errorCode } from './support/signed-fetch.js';

const start = useEmulators();

const meetingPath = (emulator: Emulator) =>
  `/v1/meetings/${emulator.tencent.fixtures.liveMeeting.meetingId}?${operatorQuery(emulator)}&instanceid=1`;

async function admin(emulator: Emulator, method: 'GET' | 'POST', path: string, body?: string) {
  const response = await fetch(`${emulator.url}/__emulator/${path}`, {
    method,
    ...(body === undefined ? {} : { body, headers: { 'Content-Type': 'application/json' } }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('rate limit', () => {
  it('answers 190310 once the per-minute limit is used up, with the configured status', async () => {
    const emulator = await start({ scenario: { rateLimitPerMinute: 3 } });
    const path = meetingPath(emulator);
    const statuses: number[] = [];
    for (let index = 0; index < 3; index++) statuses.push((await call(emulator, { path })).status);
    const limited = await call(emulator, { path });
    expect(statuses).toEqual([200, 200, 200]);
    expect(errorCode(limited)).toBe(190310);
    expect(limited.status).toBe(defaultScenario.rateLimitStatus);

    emulator.setScenario({ rateLimitStatus: 429 });
    expect((await call(emulator, { path })).status).toBe(429);
    expect(emulator.stats.rateLimited).toBe(2);
  });

  it('counts only authenticated calls and lifts when the limit is raised', async () => {
    const emulator = await start({ scenario: { rateLimitPerMinute: 1 } });
    const path = meetingPath(emulator);
    expect(errorCode(await call(emulator, { path, signature: 'eA==' }))).toBe(200003);
    expect((await call(emulator, { path })).status).toBe(200);
    expect(errorCode(await call(emulator, { path }))).toBe(190310);
    emulator.setScenario({ rateLimitPerMinute: 0 });
    expect((await call(emulator, { path })).status).toBe(200);
  });

  it('is on at the documented 300 per minute by default', () => {
    expect(defaultScenario.rateLimitPerMinute).toBe(300);
  });
});

describe('admin endpoint', () => {
  it('reads and changes the scenario at run time', async () => {
    const emulator = await start();
    const before = await admin(emulator, 'GET', 'scenario');
    expect(before.json.rateLimitPerMinute).toBe(0);
    const changed = await admin(
      emulator,
      'POST',
      'scenario',
      JSON.stringify({ rateLimitPerMinute: 1, latencyMs: 5 }),
    );
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ rateLimitPerMinute: 1, latencyMs: 5 });
    expect(emulator.scenario.rateLimitPerMinute).toBe(1);

    const path = meetingPath(emulator);
    expect((await call(emulator, { path })).status).toBe(200);
    expect(errorCode(await call(emulator, { path }))).toBe(190310);

    expect((await admin(emulator, 'POST', 'reset')).status).toBe(200);
    expect((await call(emulator, { path })).status).toBe(200);
  });

  it('rejects unknown keys, bad values and bad JSON without changing anything', async () => {
    const emulator = await start();
    const unknown = await admin(emulator, 'POST', 'scenario', '{"latency":5}');
    const bad = await admin(emulator, 'POST', 'scenario', '{"faultRate":2}');
    const badKind = await admin(emulator, 'POST', 'scenario', '{"faultKinds":["meteor"]}');
    const notJson = await admin(emulator, 'POST', 'scenario', '{');
    expect([unknown.status, bad.status, badKind.status, notJson.status]).toEqual([400, 400, 400, 400]);
    expect(emulator.scenario.faultRate).toBe(0);
    expect(() => emulator.setScenario({ jitterMs: -1 })).toThrow();
  });

  it('serves the fixtures and stats, and is not counted or signed', async () => {
    const emulator = await start();
    const fixtures = await admin(emulator, 'GET', 'fixtures');
    expect(fixtures.json).toEqual(JSON.parse(JSON.stringify(emulator.tencent.fixtures)));
    await call(emulator, { path: meetingPath(emulator) });
    expect((await admin(emulator, 'GET', 'stats')).json).toEqual({
      requests: 1,
      faults: 0,
      rateLimited: 0,
      systec: { requests: 0, faults: 0, rateLimited: 0 },
    });
  });
});

/** Sends a signed request with node:http so that broken answers can be told apart. */
function rawOutcome(
  emulator: Emulator,
): Promise<{ kind: 'answer'; status: number; body: string } | { kind: 'error'; code: string }> {
  return new Promise((resolve) => {
    const target = new URL(`${emulator.url}${meetingPath(emulator)}`);
    const request = httpRequest(target, { method: 'GET', agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          kind: 'answer',
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ kind: 'error', code: error.code ?? error.message }),
      );
      // A body cut short may only show as a close before 'end' (resolving twice is harmless).
      response.on('close', () => {
        if (!response.complete) resolve({ kind: 'error', code: 'INCOMPLETE' });
      });
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ kind: 'error', code: error.code ?? error.message }),
    );
    request.end();
  });
}

describe('fault injection', () => {
  const faultOf = async (kind: FaultKind) => {
    const emulator = await start({ scenario: { faultRate: 1, faultKinds: [kind] } });
    return {
      emulator,
      outcome: await call(emulator, { path: meetingPath(emulator) }).catch((error: unknown) => error),
    };
  };

  it('server-error: a 500 with an error_info body', async () => {
    const { outcome } = await faultOf('server-error');
    expect(outcome).toMatchObject({ status: 500 });
    expect(errorCode(outcome as Parameters<typeof errorCode>[0])).toBe(960000);
  });

  it('bad-gateway: a 502 HTML page', async () => {
    const { outcome } = await faultOf('bad-gateway');
    expect(outcome).toMatchObject({ status: 502, json: undefined });
    expect((outcome as { text: string }).text).toContain('502 Bad Gateway');
  });

  it('non-json: a 200 labelled JSON whose body is not', async () => {
    const { outcome } = await faultOf('non-json');
    expect(outcome).toMatchObject({ status: 200, json: undefined });
    expect((outcome as { headers: Headers }).headers.get('content-type')).toContain('application/json');
  });

  it('connection-reset: the connection is reset with no answer', async () => {
    const emulator = await start({ scenario: { faultRate: 1, faultKinds: ['connection-reset'] } });
    const outcome = await rawOutcome(emulator);
    expect(outcome).toEqual({ kind: 'error', code: 'ECONNRESET' });
  });

  it('truncated-body: fewer bytes than Content-Length promises', async () => {
    const emulator = await start({ scenario: { faultRate: 1, faultKinds: ['truncated-body'] } });
    const outcome = await rawOutcome(emulator);
    expect(outcome.kind).toBe('error');
    await expect(call(emulator, { path: meetingPath(emulator) })).rejects.toThrow();
  });

  it('fails about the chosen share at rate 0.5, the same requests for the same seed', async () => {
    const run = async () => {
      const emulator = await start({
        seed: 'faults',
        scenario: { faultRate: 0.5, faultKinds: ['server-error'] },
      });
      const statuses: number[] = [];
      for (let index = 0; index < 40; index++)
        statuses.push((await call(emulator, { path: meetingPath(emulator) })).status);
      return statuses;
    };
    const first = await run();
    expect(first).toEqual(await run());
    const failed = first.filter((status) => status === 500).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
  });

  it('leaves the admin endpoint alone', async () => {
    const { emulator } = await faultOf('connection-reset');
    expect((await admin(emulator, 'GET', 'scenario')).status).toBe(200);
    emulator.setScenario({ faultRate: 0 });
    expect((await call(emulator, { path: meetingPath(emulator) })).status).toBe(200);
  });
});

describe('latency', () => {
  it('still answers correctly with latency and jitter set', async () => {
    const emulator = await start({ scenario: { latencyMs: 5, jitterMs: 5 } });
    expect((await call(emulator, { path: meetingPath(emulator) })).status).toBe(200);
    expect(emulator.scenario).toMatchObject({ latencyMs: 5, jitterMs: 5 });
  });

  it('closes promptly while a delayed answer is pending', async () => {
    const emulator = await start({ scenario: { latencyMs: 60_000 } });
    const pending = call(emulator, { path: meetingPath(emulator) }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await emulator.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
