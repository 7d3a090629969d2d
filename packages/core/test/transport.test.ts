import { Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AbortedError } from '../src/errors/aborted-error.js';
import { InvalidInputError } from '../src/errors/invalid-input-error.js';
import { InvalidResponseError } from '../src/errors/invalid-response-error.js';
import { NetworkError } from '../src/errors/network-error.js';
import { TimeoutError } from '../src/errors/timeout-error.js';
import { createHttpTransport } from '../src/transport/http-transport.js';
import type { PreparedAttempt } from '../src/transport/transport-types.js';
import { VERSION } from '../src/version.js';
import { startFaultServer } from './support/fault-server.js';
import { useFaultServer } from './support/fault-server-harness.js';

const faults = useFaultServer();
/** A transport against the fault server that never really sleeps and records its events. */
const { harness } = faults;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Lets pending I/O callbacks run, without depending on how long anything takes. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('createHttpTransport: success', () => {
  it('returns status, headers, text and the redacted request', async () => {
    faults.server.script({ kind: 'respond', status: 200, headers: { 'x-answer': '42' }, body: '{"a":1}' });
    const { transport, events } = harness();
    const response = await transport.request({ method: 'GET', path: 'v1/things', operation: 'listThings' });
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"a":1}');
    expect(response.headers['x-answer']).toBe('42');
    expect(response.attempts).toBe(1);
    expect(response.request).toEqual({
      method: 'GET',
      url: `${faults.server.url}/v1/things`,
      operation: 'listThings',
    });
    expect(events.map((event) => event.type)).toEqual(['request', 'response']);
    expect(events[1]).toMatchObject({ type: 'response', status: 200, bytes: 7, attempt: 1 });
  });

  it('returns non-2xx responses without throwing or retrying them', async () => {
    faults.server.script({ kind: 'respond', status: 404, body: '{"error":"nope"}' });
    const { transport } = harness();
    const response = await transport.request({ method: 'GET', path: 'missing' });
    expect(response.status).toBe(404);
    expect(response.text).toBe('{"error":"nope"}');
    expect(faults.server.requests).toHaveLength(1);
  });

  it('sends a User-Agent with the caller prefix and the core version', async () => {
    faults.server.script({ kind: 'echo' }, { kind: 'echo' });
    const withPrefix = harness({ userAgent: 'my-app/1.2' }).transport;
    await withPrefix.request({ method: 'GET', path: 'a' });
    const plain = harness().transport;
    await plain.request({ method: 'GET', path: 'b' });
    expect(faults.server.requests[0]?.headers['user-agent']).toBe(`my-app/1.2 @callroll/core/${VERSION}`);
    expect(faults.server.requests[1]?.headers['user-agent']).toBe(`@callroll/core/${VERSION}`);
  });

  it('resolves paths under the base path and appends query parameters in order', async () => {
    const { transport } = harness({ baseURL: `${faults.server.url}/api` });
    await transport.request({
      method: 'GET',
      path: 'v1/x',
      query: [
        ['z', '1'],
        ['a', 'x y&z'],
        ['m', "it's"],
      ],
    });
    await transport.request({ method: 'GET', path: '/v1/y' });
    await transport.request({ method: 'GET', path: '//evil.example/v1/z' });
    expect(faults.server.requests.map((request) => request.url)).toEqual([
      '/api/v1/x?z=1&a=x%20y%26z&m=it%27s',
      '/api/v1/y',
      '/api/evil.example/v1/z',
    ]);
  });

  it('sends a form body in the given order', async () => {
    faults.server.script({ kind: 'echo' });
    const { transport } = harness();
    await transport.request({
      method: 'POST',
      path: 'form',
      form: [
        ['b', '2'],
        ['a', 'x y'],
      ],
    });
    expect(faults.server.requests[0]?.body).toBe('b=2&a=x+y');
    expect(faults.server.requests[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('refuses a request with both a JSON and a form body', async () => {
    const { transport } = harness();
    const error = await rejection(
      transport.request({ method: 'POST', path: 'x', json: {}, form: [['a', '1']] }),
    );
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect(faults.server.requests).toHaveLength(0);
  });
});

describe('createHttpTransport: beforeAttempt', () => {
  it('sees the exact request URI and body, once per attempt, and its headers are sent', async () => {
    faults.server.script({ kind: 'respond', status: 503 }, { kind: 'echo' });
    const seen: { requestUri: string; body: string; attempt: number; url: string }[] = [];
    const { transport } = harness({
      beforeAttempt: (attempt: PreparedAttempt) => {
        seen.push({
          requestUri: attempt.requestUri,
          body: attempt.body,
          attempt: attempt.attempt,
          url: attempt.url.href,
        });
        attempt.headers['x-nonce'] = `nonce-${attempt.attempt}`;
      },
    });
    const json = { b: 'ü', a: [1, 2] };
    const response = await transport.request({
      method: 'POST',
      idempotent: true,
      path: 'v1/meeting/1/phone/callout',
      query: [
        ['operator_id', 'a'],
        ['page', '1'],
      ],
      json,
    });
    const uri = '/v1/meeting/1/phone/callout?operator_id=a&page=1';
    expect(seen).toEqual([
      { requestUri: uri, body: JSON.stringify(json), attempt: 1, url: `${faults.server.url}${uri}` },
      { requestUri: uri, body: JSON.stringify(json), attempt: 2, url: `${faults.server.url}${uri}` },
    ]);
    expect(faults.server.requests.map((request) => request.url)).toEqual([uri, uri]);
    expect(faults.server.requests.map((request) => request.headers['x-nonce'])).toEqual([
      'nonce-1',
      'nonce-2',
    ]);
    expect(faults.server.requests[1]?.body).toBe(JSON.stringify(json));
    expect(faults.server.requests[1]?.headers['content-type']).toBe('application/json');
    expect(response.attempts).toBe(2);
  });

  it('rethrows an error from the hook as is, without retrying', async () => {
    const failure = new Error('cannot sign');
    const { transport } = harness({
      beforeAttempt: () => {
        throw failure;
      },
    });
    expect(await rejection(transport.request({ method: 'GET', path: 'x' }))).toBe(failure);
    expect(faults.server.requests).toHaveLength(0);
  });
});

describe('createHttpTransport: retries', () => {
  it('retries a GET after a 5xx, a reset and a timeout, then succeeds', async () => {
    faults.server.script(
      { kind: 'respond', status: 500 },
      { kind: 'reset' },
      { kind: 'hang' },
      { kind: 'echo' },
    );
    const { transport, events } = harness({ timeoutMs: 400 });
    const response = await transport.request({ method: 'GET', path: 'flaky' });
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(4);
    expect(faults.server.requests).toHaveLength(4);
    const retries = events.filter((event) => event.type === 'retry');
    expect(retries.map((event) => event.reason)).toEqual(['status 500', 'network ECONNRESET', 'timeout']);
    expect(events.filter((event) => event.type === 'error').map((event) => event.kind)).toEqual([
      'network',
      'timeout',
    ]);
  });

  it('does not retry a POST unless it is marked idempotent', async () => {
    faults.server.script({ kind: 'respond', status: 500 }, { kind: 'reset' });
    const { transport } = harness();
    const response = await transport.request({ method: 'POST', path: 'x', json: { a: 1 } });
    expect(response.status).toBe(500);
    expect(response.attempts).toBe(1);
    const error = await rejection(transport.request({ method: 'POST', path: 'x', json: { a: 1 } }));
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(faults.server.requests).toHaveLength(2);

    faults.server.script({ kind: 'respond', status: 500 });
    const retried = await transport.request({ method: 'POST', path: 'x', json: { a: 1 }, idempotent: true });
    expect(retried.status).toBe(200);
    expect(retried.attempts).toBe(2);
    expect(faults.server.requests).toHaveLength(4);
  });

  it('does not retry a GET marked not idempotent', async () => {
    faults.server.script({ kind: 'respond', status: 503 });
    const { transport } = harness();
    const response = await transport.request({ method: 'GET', path: 'x', idempotent: false });
    expect(response.status).toBe(503);
    expect(faults.server.requests).toHaveLength(1);
  });

  it('waits at least the Retry-After seconds', async () => {
    faults.server.script({ kind: 'respond', status: 429, headers: { 'retry-after': '7' } });
    const { transport, events, sleeps } = harness({ random: () => 0.5 });
    const response = await transport.request({ method: 'GET', path: 'x' });
    expect(response.status).toBe(200);
    const retry = events.find((event) => event.type === 'retry');
    expect(retry?.type === 'retry' && retry.delayMs).toBeGreaterThanOrEqual(7000);
    expect(sleeps).toEqual([7000]);
  });

  it('waits at least until a Retry-After HTTP-date', async () => {
    const date = new Date(Date.now() + 20_000).toUTCString();
    faults.server.script({ kind: 'respond', status: 503, headers: { 'retry-after': date } });
    const { transport, sleeps } = harness();
    await transport.request({ method: 'GET', path: 'x' });
    // The date has one-second precision, so at least 18 s of the 20 remain.
    expect(sleeps[0]).toBeGreaterThanOrEqual(18_000);
  });

  it('returns the response when Retry-After asks for more than maxRetryAfterMs', async () => {
    faults.server.script({ kind: 'respond', status: 429, headers: { 'retry-after': '120' } });
    const { transport, sleeps } = harness({ maxRetryAfterMs: 60_000 });
    const response = await transport.request({ method: 'GET', path: 'x' });
    expect(response.status).toBe(429);
    expect(response.attempts).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('follows a custom classifier, including its afterMs', async () => {
    faults.server.script({ kind: 'respond', status: 200, body: '{"code":9001}' });
    const { transport, sleeps, events } = harness({
      classifyResponse: (response) =>
        response.text.includes('9001') ? { retry: true, afterMs: 1500, reason: 'busy' } : { retry: false },
    });
    const response = await transport.request({ method: 'GET', path: 'x' });
    expect(response.text).toBe('ok');
    expect(sleeps).toEqual([1500]);
    expect(events.find((event) => event.type === 'retry')).toMatchObject({ reason: 'busy', delayMs: 1500 });
  });

  it('uses full-jitter exponential backoff capped at maxDelayMs', async () => {
    faults.server.script(...Array.from({ length: 4 }, () => ({ kind: 'respond' as const, status: 502 })));
    const { transport, sleeps } = harness({
      random: () => 0.5,
      baseDelayMs: 100,
      maxDelayMs: 300,
      maxRetries: 4,
    });
    await transport.request({ method: 'GET', path: 'x' });
    expect(sleeps).toEqual([50, 100, 150, 150]);
  });

  it('returns the last 5xx response once retries are exhausted', async () => {
    faults.server.fallback({ kind: 'respond', status: 503, body: 'busy' });
    const { transport } = harness({ maxRetries: 2 });
    const response = await transport.request({ method: 'GET', path: 'x' });
    expect(response.status).toBe(503);
    expect(response.text).toBe('busy');
    expect(response.attempts).toBe(3);
    expect(faults.server.requests).toHaveLength(3);
  });

  it('throws a NetworkError once retries of resets are exhausted', async () => {
    faults.server.fallback({ kind: 'reset' });
    const { transport } = harness({ maxRetries: 2 });
    const error = await rejection(transport.request({ method: 'GET', path: 'x', operation: 'getX' }));
    expect(NetworkError.isInstance(error)).toBe(true);
    if (!NetworkError.isInstance(error)) return;
    expect(error.provider).toBe('test');
    expect(error.retryable).toBe(true);
    expect(error.code).toBe('ECONNRESET');
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toContain(`getX: GET ${faults.server.url}/x`);
    expect(faults.server.requests).toHaveLength(3);
  });

  it('throws a NetworkError when the connection is refused', async () => {
    const { transport } = harness({ baseURL: 'http://127.0.0.1:1', maxRetries: 1 });
    const error = await rejection(transport.request({ method: 'GET', path: 'x' }));
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(NetworkError.isInstance(error) && error.code).toBe('ECONNREFUSED');
  });
});

describe('createHttpTransport: timeouts, size and truncation', () => {
  it('throws a TimeoutError when no headers arrive in time', async () => {
    faults.server.script({ kind: 'hang' });
    const { transport } = harness({ timeoutMs: 100, maxRetries: 0 });
    const error = await rejection(transport.request({ method: 'GET', path: 'x' }));
    expect(TimeoutError.isInstance(error)).toBe(true);
    if (!TimeoutError.isInstance(error)) return;
    expect(error.timeoutMs).toBe(100);
    expect(error.retryable).toBe(true);
    expect(error.status).toBeUndefined();
  });

  it('throws a TimeoutError when the body stalls, with the per-request timeout', async () => {
    faults.server.script({ kind: 'stall' });
    const { transport } = harness({ timeoutMs: 60_000, maxRetries: 0 });
    const error = await rejection(transport.request({ method: 'GET', path: 'x', timeoutMs: 100 }));
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(TimeoutError.isInstance(error) && error.status).toBe(200);
  });

  it.each([true, false])(
    'refuses a body over maxResponseBytes (content-length sent: %s)',
    async (declare) => {
      faults.server.script({ kind: 'oversized', bytes: 300_000, declareLength: declare });
      const { transport } = harness({ maxResponseBytes: 100_000 });
      const error = await rejection(transport.request({ method: 'GET', path: 'big' }));
      expect(InvalidResponseError.isInstance(error)).toBe(true);
      if (!InvalidResponseError.isInstance(error)) return;
      expect(error.field).toBe('(body)');
      expect(error.retryable).toBe(false);
      expect(error.message).toContain('size cap of 100000 bytes');
      expect(faults.server.requests).toHaveLength(1);
    },
  );

  it('accepts a body of exactly maxResponseBytes', async () => {
    faults.server.script({ kind: 'oversized', bytes: 100_000, declareLength: false });
    const { transport } = harness({ maxResponseBytes: 100_000 });
    const response = await transport.request({ method: 'GET', path: 'big' });
    expect(response.text).toHaveLength(100_000);
  });

  it('throws a NetworkError for a truncated body', async () => {
    faults.server.script({ kind: 'truncate', body: 'half' });
    const { transport } = harness({ maxRetries: 0 });
    const error = await rejection(transport.request({ method: 'GET', path: 'x' }));
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(NetworkError.isInstance(error) && error.status).toBe(200);
  });
});

describe('createHttpTransport: abort', () => {
  it('rejects at once when the signal has already aborted', async () => {
    const { transport } = harness();
    const error = await rejection(
      transport.request({ method: 'GET', path: 'x', signal: AbortSignal.abort() }),
    );
    expect(AbortedError.isInstance(error)).toBe(true);
    expect(faults.server.requests).toHaveLength(0);
  });

  it('aborts a request in flight with AbortedError, not TimeoutError', async () => {
    faults.server.script({ kind: 'hang' });
    const { transport, events } = harness({ timeoutMs: 60_000 });
    const controller = new AbortController();
    const pending = transport.request({ method: 'GET', path: 'x', signal: controller.signal });
    await faults.server.waitForRequests(1);
    const reason = new Error('user pressed ctrl-c');
    controller.abort(reason);
    const error = await rejection(pending);
    expect(AbortedError.isInstance(error)).toBe(true);
    if (!AbortedError.isInstance(error)) return;
    expect(error.cause).toBe(reason);
    expect(error.message).toBe(`GET ${faults.server.url}/x was aborted`);
    expect(faults.server.requests).toHaveLength(1);
    expect(events.some((event) => event.type === 'retry')).toBe(false);
  });

  it('aborts while reading the body', async () => {
    faults.server.script({ kind: 'stall', partialBody: 'first part' });
    const { transport } = harness({ timeoutMs: 60_000 });
    const controller = new AbortController();
    const pending = transport.request({ method: 'GET', path: 'x', signal: controller.signal });
    await faults.server.waitForRequests(1);
    await settle();
    controller.abort();
    expect(AbortedError.isInstance(await rejection(pending))).toBe(true);
  });

  it('aborts a request waiting in the queue, which then never reaches the server', async () => {
    faults.server.script({ kind: 'hang' });
    const { transport } = harness({ concurrency: 1, timeoutMs: 60_000 });
    const first = new AbortController();
    const blocking = transport.request({ method: 'GET', path: 'first', signal: first.signal });
    await faults.server.waitForRequests(1);
    const second = new AbortController();
    const queued = transport.request({ method: 'GET', path: 'second', signal: second.signal });
    await settle();
    second.abort();
    expect(AbortedError.isInstance(await rejection(queued))).toBe(true);
    first.abort();
    expect(AbortedError.isInstance(await rejection(blocking))).toBe(true);
    expect(faults.server.requests.map((request) => request.url)).toEqual(['/first']);
  });

  it('aborts during the backoff sleep, also with a sleep that ignores the signal', async () => {
    for (const honoursSignal of [true, false]) {
      faults.server.reset();
      faults.server.script({ kind: 'respond', status: 503 });
      let startSleep: () => void = () => undefined;
      const sleeping = new Promise<void>((resolve) => {
        startSleep = resolve;
      });
      const { transport } = harness({
        sleep: (_ms, signal) =>
          new Promise<void>((_resolve, reject) => {
            startSleep();
            if (honoursSignal) signal?.addEventListener('abort', () => reject(signal.reason));
          }),
      });
      const controller = new AbortController();
      const pending = transport.request({ method: 'GET', path: 'x', signal: controller.signal });
      await sleeping;
      controller.abort();
      expect(AbortedError.isInstance(await rejection(pending))).toBe(true);
      expect(faults.server.requests).toHaveLength(1);
    }
  });
});

describe('createHttpTransport: concurrency and rate limit', () => {
  it('keeps requests in flight at the server within the concurrency bound', async () => {
    faults.server.fallback({ kind: 'respond', status: 200, body: 'ok', delayMs: 20 });
    const { transport } = harness({ concurrency: 3 });
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) => transport.request({ method: 'GET', path: `n/${index}` })),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(faults.server.maxConcurrent).toBeLessThanOrEqual(3);
    expect(faults.server.maxConcurrent).toBeGreaterThan(1);
  });

  it('starts no more than rateLimit.requests attempts in a window', async () => {
    const { transport } = harness({ rateLimit: { requests: 2, intervalMs: 60_000 } });
    const controller = new AbortController();
    const pending = [1, 2, 3].map((index) =>
      transport.request({ method: 'GET', path: `r/${index}`, signal: controller.signal }),
    );
    const [first, second, third] = pending;
    expect((await first)?.status).toBe(200);
    expect((await second)?.status).toBe(200);
    await settle();
    expect(faults.server.requests).toHaveLength(2);
    controller.abort();
    expect(AbortedError.isInstance(await rejection(third ?? Promise.resolve()))).toBe(true);
    expect(faults.server.requests).toHaveLength(2);
  });

  it('counts retries against the rate limit', async () => {
    faults.server.script({ kind: 'respond', status: 500 });
    const { transport } = harness({ rateLimit: { requests: 1, intervalMs: 60_000 } });
    const controller = new AbortController();
    const pending = transport.request({ method: 'GET', path: 'x', signal: controller.signal });
    await faults.server.waitForRequests(1);
    await settle();
    expect(faults.server.requests).toHaveLength(1);
    controller.abort();
    expect(AbortedError.isInstance(await rejection(pending))).toBe(true);
    expect(faults.server.requests).toHaveLength(1);
  });
});

describe('createHttpTransport: events, listeners and close', () => {
  it('keeps working when the listener throws or rejects', async () => {
    faults.server.script({ kind: 'respond', status: 500 });
    const throwing = harness({
      onEvent: () => {
        throw new Error('listener bug');
      },
    }).transport;
    expect((await throwing.request({ method: 'GET', path: 'x' })).status).toBe(200);
    const rejecting = harness({ onEvent: async () => Promise.reject(new Error('listener bug')) }).transport;
    expect((await rejecting.request({ method: 'GET', path: 'x' })).status).toBe(200);
  });

  it('cancels outstanding requests on close and refuses new ones', async () => {
    faults.server.script({ kind: 'hang' });
    const transport = createHttpTransport({ provider: 'test', baseURL: faults.server.url });
    const pending = transport.request({ method: 'GET', path: 'x' });
    const outcome = rejection(pending);
    await faults.server.waitForRequests(1);
    await transport.close();
    const error = await outcome;
    expect(AbortedError.isInstance(error)).toBe(true);
    expect(AbortedError.isInstance(error) && error.message).toContain('closed');
    expect(AbortedError.isInstance(await rejection(transport.request({ method: 'GET', path: 'x' })))).toBe(
      true,
    );
    await transport.close();
  });

  it('uses an injected agent and leaves it open on close', async () => {
    const agent = new Agent({ keepAlive: true });
    try {
      const transport = createHttpTransport({ provider: 'test', baseURL: faults.server.url, agent });
      expect((await transport.request({ method: 'GET', path: 'x' })).status).toBe(200);
      await transport.close();
      // Still usable: the transport did not destroy what it was lent.
      const again = createHttpTransport({ provider: 'test', baseURL: faults.server.url, agent });
      expect((await again.request({ method: 'GET', path: 'x' })).status).toBe(200);
      await again.close();
    } finally {
      agent.destroy();
    }
  });
});

describe('createHttpTransport: options', () => {
  it.each([
    'http://example.com',
    'http://10.0.0.1/api',
    'ftp://127.0.0.1/',
    'not a url',
    'https://user:pass@example.com/',
    'https://example.com/?key=1',
  ])('refuses baseURL %s at creation', (baseURL) => {
    let error: unknown;
    try {
      createHttpTransport({ provider: 'test', baseURL });
    } catch (caught) {
      error = caught;
    }
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect(InvalidInputError.isInstance(error) && error.fields).toEqual(['baseURL']);
    expect(InvalidInputError.isInstance(error) && error.message).not.toContain('pass@');
  });

  it.each([
    'http://127.0.0.1:8080',
    'http://127.1.2.3',
    'http://localhost:3000/api',
    'http://[::1]:8080',
    'https://example.com',
  ])('accepts baseURL %s', async (baseURL) => {
    await createHttpTransport({ provider: 'test', baseURL }).close();
  });

  it('accepts plain http to another host with allowInsecureHttp', async () => {
    await createHttpTransport({
      provider: 'test',
      baseURL: 'http://example.com',
      allowInsecureHttp: true,
    }).close();
  });

  it('refuses bad numeric options, naming each', () => {
    let error: unknown;
    try {
      createHttpTransport({
        provider: 'test',
        baseURL: faults.server.url,
        concurrency: 0,
        maxRetries: 1.5,
        timeoutMs: -1,
      });
    } catch (caught) {
      error = caught;
    }
    expect(InvalidInputError.isInstance(error) && error.fields.sort()).toEqual([
      'concurrency',
      'maxRetries',
      'timeoutMs',
    ]);
  });
});

describe('header names', () => {
  it('keep the case a hook gives them, and a later name replaces one differing only in case', async () => {
    const server = await startFaultServer();
    const seen: string[] = [];
    const transport = createHttpTransport({
      provider: 'tencent',
      baseURL: server.url,
      beforeAttempt: (attempt) => {
        attempt.headers['X-TC-Key'] = 'id';
        attempt.headers['Content-Type'] = 'application/json';
        seen.push(...Object.keys(attempt.headers));
      },
    });
    try {
      await transport.request({ method: 'POST', path: 'v1/x', json: { a: 1 }, headers: { AppId: '1' } });
      const raw = server.requests[0]?.rawHeaders ?? [];
      expect(raw).toContain('X-TC-Key');
      expect(raw).toContain('AppId');
      expect(raw.filter((name) => name.toLowerCase() === 'content-type')).toEqual(['Content-Type']);
      expect(seen).toContain('content-type');
    } finally {
      await transport.close();
      await server.close();
    }
  });
});
