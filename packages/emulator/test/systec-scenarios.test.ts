import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Emulator, FaultKind } from '../src/index.js';
import { useEmulators } from './support/emulator-fixture.js';
import { dataOf, envelopeError, systecPost } from './support/systec-post.js';

const start = useEmulators();
const now = Date.parse('2025-06-16T03:00:00Z');

const detail = (emulator: Emulator) => systecPost(emulator, 'share/detail');

async function admin(emulator: Emulator, method: 'GET' | 'POST', path: string, body?: string) {
  const response = await fetch(`${emulator.url}/__emulator/${path}`, {
    method,
    ...(body === undefined ? {} : { body, headers: { 'Content-Type': 'application/json' } }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('Systec rate limit', () => {
  it('is off by default and apart from Tencent’s', async () => {
    const emulator = await start({ now, scenario: { rateLimitPerMinute: 1 } });
    expect(emulator.scenario.systecRateLimitPerSecond).toBe(0);
    const statuses: unknown[] = [];
    for (let index = 0; index < 5; index++) statuses.push(dataOf(await detail(emulator)).page_number);
    expect(statuses).toEqual([1, 1, 1, 1, 1]);
  });

  it('answers too many requests in the envelope with HTTP 200, counting authenticated calls only', async () => {
    const emulator = await start({ now, scenario: { systecRateLimitPerSecond: 2 } });
    // A refused credential check does not use up the window.
    expect(envelopeError(await systecPost(emulator, 'share/detail', { credentials: false }))?.status).toBe(
      401,
    );
    const answers = [];
    for (let index = 0; index < 3; index++) answers.push(await detail(emulator));
    expect(answers.slice(0, 2).map((answer) => dataOf(answer).page_number)).toEqual([1, 1]);
    const limited = answers[2];
    expect(limited?.status).toBe(200);
    expect(limited && envelopeError(limited)).toMatchObject({
      status: 429,
      message: expect.stringMatching(/too many requests/i),
    });
    expect(limited?.headers.get('retry-after')).toBeNull();
    expect(emulator.stats).toMatchObject({ rateLimited: 1, systec: { rateLimited: 1, requests: 4 } });
  });

  it('can answer HTTP 429 with Retry-After, and lifts when changed at run time', async () => {
    const emulator = await start({
      now,
      scenario: { systecRateLimitPerSecond: 1, systecRateLimitStatus: 429 },
    });
    expect(dataOf(await detail(emulator)).page_number).toBe(1);
    const limited = await detail(emulator);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(envelopeError(limited)?.status).toBe(429);
    const changed = await admin(
      emulator,
      'POST',
      'scenario',
      JSON.stringify({ systecRateLimitPerSecond: 0 }),
    );
    expect(changed.json).toMatchObject({ systecRateLimitPerSecond: 0 });
    expect(dataOf(await detail(emulator)).page_number).toBe(1);
  });

  it('forgets its window on reset', async () => {
    const emulator = await start({ now, scenario: { systecRateLimitPerSecond: 1 } });
    dataOf(await detail(emulator));
    expect(envelopeError(await detail(emulator))?.status).toBe(429);
    emulator.reset();
    expect(dataOf(await detail(emulator)).page_number).toBe(1);
    expect(emulator.stats.systec).toEqual({ requests: 1, faults: 0, rateLimited: 0 });
  });

  it('refuses a status other than 200 or 429', async () => {
    const emulator = await start({ now });
    const refused = await admin(emulator, 'POST', 'scenario', JSON.stringify({ systecRateLimitStatus: 500 }));
    expect(refused.status).toBe(400);
  });
});

/** One Systec call over node:http, so that broken answers can be told apart. */
function rawOutcome(emulator: Emulator): Promise<{ kind: 'answer'; status: number } | { kind: 'error' }> {
  const { apiKey, apiSecret } = emulator.systec.credentials;
  const body = new URLSearchParams({ api_key: apiKey, api_secret: apiSecret }).toString();
  return new Promise((resolve) => {
    const request = httpRequest(
      new URL(`${emulator.systec.baseURL}share/detail`),
      { method: 'POST', agent: false, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ kind: 'answer', status: response.statusCode ?? 0 }));
        response.on('error', () => resolve({ kind: 'error' }));
        response.on('close', () => {
          if (!response.complete) resolve({ kind: 'error' });
        });
      },
    );
    request.on('error', () => resolve({ kind: 'error' }));
    request.end(body);
  });
}

describe('Systec faults and latency', () => {
  const faulty = (kind: FaultKind) => start({ now, scenario: { faultRate: 1, faultKinds: [kind] } });

  it('server-error: HTTP 500 with a Systec envelope, not a Tencent body', async () => {
    const emulator = await faulty('server-error');
    const response = await detail(emulator);
    expect(response.status).toBe(500);
    expect(envelopeError(response)?.status).toBe(500);
    expect(emulator.stats).toMatchObject({ faults: 1, systec: { faults: 1, requests: 1 } });
  });

  it('bad-gateway and non-json: HTML bodies', async () => {
    const gateway = await detail(await faulty('bad-gateway'));
    expect(gateway.status).toBe(502);
    expect(gateway.json).toBeUndefined();
    const nonJson = await detail(await faulty('non-json'));
    expect(nonJson.status).toBe(200);
    expect(nonJson.json).toBeUndefined();
    expect(nonJson.headers.get('content-type')).toContain('application/json');
  });

  it('connection-reset and truncated-body break the answer', async () => {
    expect(await rawOutcome(await faulty('connection-reset'))).toEqual({ kind: 'error' });
    expect(await rawOutcome(await faulty('truncated-body'))).toEqual({ kind: 'error' });
  });

  it('fail the same calls for the same seed', async () => {
    const run = async () => {
      const emulator = await start({
        now,
        seed: 'faults',
        scenario: { faultRate: 0.5, faultKinds: ['server-error'] },
      });
      const statuses: number[] = [];
      for (let index = 0; index < 30; index++) statuses.push((await detail(emulator)).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('answers correctly with latency and jitter, and closes promptly while one is pending', async () => {
    const emulator = await start({ now, scenario: { latencyMs: 5, jitterMs: 5 } });
    expect(dataOf(await detail(emulator)).page_number).toBe(1);
    emulator.setScenario({ latencyMs: 60_000 });
    const pending = detail(emulator).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await emulator.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('Systec admin', () => {
  it('serves the Systec fixtures and keeps /fixtures as Tencent’s', async () => {
    const emulator = await start({ now });
    expect((await admin(emulator, 'GET', 'fixtures/systec')).json).toEqual(
      JSON.parse(JSON.stringify(emulator.systec.fixtures)),
    );
    expect((await admin(emulator, 'GET', 'fixtures')).json).toEqual(
      JSON.parse(JSON.stringify(emulator.tencent.fixtures)),
    );
    expect(emulator.systec.baseURL).toBe(`${emulator.url}/umeeting/`);
  });
});
