import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidResponseError } from '../src/errors/invalid-response-error.js';
import { NetworkError } from '../src/errors/network-error.js';
import { RateLimitedError } from '../src/errors/rate-limited-error.js';
import { defineErrorTable } from '../src/provider/error-table.js';
import { createJsonApi } from '../src/provider/json-api.js';
import { withEncodings } from '../src/transport/secret-values.js';
import { useFaultServer } from './support/fault-server-harness.js';

// The transport's send() and the JSON API over it: what a provider's calls go through.
const faults = useFaultServer();
const transport = faults.harness;

// A provider's declared errors: `{"error": {"code", "message"}}` at any status.
const errors = defineErrorTable({
  provider: 'test',
  displayName: 'Test Service',
  schema: z.object({ error: z.object({ code: z.number(), message: z.string() }) }),
  read: (body) => ({ code: String(body.error.code), message: body.error.message }),
  codes: {
    '42': { kind: 'rate-limited', scope: 'window' },
    '43': { kind: 'rate-limited', scope: 'daily' },
    '44': { kind: 'not-found', resource: 'meeting' },
  },
});
const okBody = z.object({ ok: z.literal(true), items: z.array(z.number()).default([]) });
const limited = (status = 400) => ({
  kind: 'respond' as const,
  status,
  body: JSON.stringify({ error: { code: 42, message: 'too many calls this minute' } }),
});
const ok = { kind: 'respond' as const, status: 200, body: '{"ok":true}' };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('send: answers that cannot be read', () => {
  it('retries a 200 whose body is not JSON, and a body cut short, like a 5xx', async () => {
    faults.server.script(
      { kind: 'respond', status: 200, body: '<html>维护中</html>' },
      { kind: 'truncate', status: 200, body: '{"ok":tr' },
      { kind: 'respond', status: 502, body: 'bad gateway' },
      ok,
    );
    const { transport: t, events } = transport();
    const api = createJsonApi(t, errors);
    await expect(api.call({ method: 'GET', path: 'x', schema: okBody, what: 'x' })).resolves.toEqual({
      ok: true,
      items: [],
    });
    expect(faults.server.requests).toHaveLength(4);
    expect(events.filter((event) => event.type === 'retry').map((event) => event.reason)).toEqual([
      'a body that is not JSON',
      'network ECONNRESET',
      'status 502',
    ]);
  });

  it('gives up after maxRetries with the typed error of the last attempt, saying how often it tried', async () => {
    faults.server.fallback({ kind: 'respond', status: 200, body: 'not json' });
    const { transport: t } = transport({ maxRetries: 4 });
    const error = await rejection(
      createJsonApi(t, errors).call({ method: 'GET', path: 'x', schema: okBody, what: 'the list' }),
    );
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect((error as InvalidResponseError).field).toBe('(body)');
    expect((error as InvalidResponseError).attempts).toBe(5);
    expect((error as Error).message).toMatch(/is not JSON .*gave up after 5 attempts/);
    expect(faults.server.requests).toHaveLength(5);
  });

  it('does not retry a schema mismatch, which another attempt would not change', async () => {
    faults.server.fallback({ kind: 'respond', status: 200, body: '{"ok":false}' });
    const { transport: t } = transport();
    const error = await rejection(
      createJsonApi(t, errors).call({ method: 'GET', path: 'x', schema: okBody, what: 'x' }),
    );
    expect((error as InvalidResponseError).field).toBe('ok');
    expect(faults.server.requests).toHaveLength(1);
  });

  it('never retries a POST that is not marked idempotent', async () => {
    faults.server.fallback({ kind: 'respond', status: 200, body: 'not json' });
    const { transport: t } = transport();
    await rejection(
      createJsonApi(t, errors).call({ method: 'POST', path: 'x', json: {}, schema: okBody, what: 'x' }),
    );
    expect(faults.server.requests).toHaveLength(1);
  });

  it('names the size cap when it refuses a body over it', async () => {
    faults.server.fallback({ kind: 'oversized', bytes: 4096, declareLength: false });
    const { transport: t } = transport({ maxResponseBytes: 1024 });
    const error = await rejection(
      createJsonApi(t, errors).call({ method: 'GET', path: 'x', schema: okBody, what: 'x' }),
    );
    expect((error as InvalidResponseError).sizeCapBytes).toBe(1024);
    expect((error as Error).message).toContain('larger than the size cap of 1024 bytes (maxResponseBytes)');
    expect(faults.server.requests).toHaveLength(1);
  });
});

describe('send: rate limits', () => {
  it('waits out the window once for the whole account, then goes on', async () => {
    faults.server.script(limited(400), limited(500), limited(403));
    faults.server.fallback(ok);
    const { transport: t, events } = transport({ concurrency: 3, rateLimitWindowMs: 150 });
    const api = createJsonApi(t, errors);
    const calls = [1, 2, 3].map(() => api.call({ method: 'GET', path: 'x', schema: okBody, what: 'x' }));
    await expect(Promise.all(calls)).resolves.toHaveLength(3);
    expect(faults.server.requests).toHaveLength(6);
    // One line's worth of news for three refusals at once; each request retried after the pause.
    expect(events.filter((event) => event.type === 'wait')).toEqual([
      expect.objectContaining({ delayMs: 150, reason: 'rate limited (42)' }),
    ]);
    expect(events.filter((event) => event.type === 'retry')).toHaveLength(3);
  });

  it("takes the server's Retry-After over the window, on any status that carries the code", async () => {
    faults.server.script({ ...limited(200), headers: { 'retry-after': '0.2' } }, ok);
    const { transport: t, events } = transport({ rateLimitWindowMs: 60_000 });
    await createJsonApi(t, errors).call({ method: 'GET', path: 'x', schema: okBody, what: 'x' });
    expect(events.find((event) => event.type === 'wait')).toMatchObject({ delayMs: 200 });
  });

  it('recognises a bare 429, with or without Retry-After, as a window to wait out', async () => {
    faults.server.script({ kind: 'respond', status: 429, body: 'slow down' }, ok);
    const { transport: t, events } = transport({ rateLimitWindowMs: 100 });
    await createJsonApi(t, errors).call({ method: 'GET', path: 'x', schema: okBody, what: 'x' });
    expect(events.find((event) => event.type === 'wait')).toMatchObject({ delayMs: 100 });
  });

  it('stops at once on a daily limit, with a RateLimitedError that is not retryable', async () => {
    faults.server.fallback({
      kind: 'respond',
      status: 400,
      body: JSON.stringify({ error: { code: 43, message: 'quota' } }),
    });
    const { transport: t } = transport();
    const error = await rejection(
      createJsonApi(t, errors).call({ method: 'GET', path: 'x', schema: okBody, what: 'x' }),
    );
    expect(RateLimitedError.isInstance(error) && [error.scope, error.retryable]).toEqual(['daily', false]);
    expect((error as Error).message).toContain('daily limit');
    expect(faults.server.requests).toHaveLength(1);
  });

  it('fails with a retryable RateLimitedError once its waits are spent', async () => {
    faults.server.fallback(limited());
    const { transport: t } = transport({ rateLimitWindowMs: 20, maxRateLimitWaits: 2 });
    const error = await rejection(
      createJsonApi(t, errors).call({ method: 'GET', path: 'x', schema: okBody, what: 'x' }),
    );
    expect(RateLimitedError.isInstance(error) && error.retryable).toBe(true);
    expect(faults.server.requests).toHaveLength(3);
  });

  it('returns at once when Retry-After asks for more than maxRetryAfterMs', async () => {
    faults.server.fallback({ ...limited(), headers: { 'retry-after': '3600' } });
    const { transport: t } = transport();
    const error = await rejection(
      createJsonApi(t, errors).call({ method: 'GET', path: 'x', schema: okBody, what: 'x' }),
    );
    expect(RateLimitedError.isInstance(error)).toBe(true);
    expect(faults.server.requests).toHaveLength(1);
  });
});

describe('send: refusals a fresh attempt fixes', () => {
  it('sends even a POST again, at most twice, when retryNow says the refusal was not carried out', async () => {
    faults.server.fallback({
      kind: 'respond',
      status: 401,
      body: JSON.stringify({ error: { code: 7, message: 'clock' } }),
    });
    const { transport: t } = transport();
    const api = createJsonApi(t, errors, {
      retryNow: (failure) => (failure.code === '7' ? 'clock corrected' : undefined),
    });
    await rejection(api.call({ method: 'POST', path: 'x', json: {}, schema: okBody, what: 'x' }));
    expect(faults.server.requests).toHaveLength(3);
  });
});

describe('send: secrets in what the server sends back', () => {
  const secret = 'sk_live_0123456789abcdef';

  it('scrubs the account secret and its encodings, and the request signature, from bodies, errors and events', async () => {
    const signature = 'c2lnbmF0dXJlLW9mLXRoaXMtYXR0ZW1wdA==';
    const echoes = withEncodings([secret]);
    faults.server.fallback({
      kind: 'respond',
      status: 500,
      body: JSON.stringify({
        error: { code: 9, message: `bad request ${echoes.join(' ')} sig=${signature}` },
      }),
    });
    const { transport: t, events } = transport({
      secrets: [secret],
      secretHeaders: ['x-signature'],
      maxRetries: 1,
      beforeAttempt: (attempt) => {
        attempt.headers['x-signature'] = signature;
      },
    });
    const error = await rejection(
      createJsonApi(t, errors).call({ method: 'GET', path: 'x', schema: okBody, what: 'x' }),
    );
    const texts = [String(error), JSON.stringify(error), JSON.stringify(events)];
    for (const text of texts) {
      for (const form of [...echoes, signature]) expect(text).not.toContain(form);
    }
    expect((error as Error).message).toContain('[REDACTED]');
  });

  it('scrubs a success body too, so raw records never hold a secret', async () => {
    faults.server.fallback({
      kind: 'respond',
      status: 200,
      body: JSON.stringify({ ok: true, name: secret }),
    });
    const { transport: t } = transport({ secrets: [secret] });
    const response = await t.request({ method: 'GET', path: 'x' });
    expect(response.text).toBe('{"ok":true,"name":"[REDACTED]"}');
  });

  it("scrubs secrets from the HTTP client's own messages", async () => {
    faults.server.fallback({ kind: 'reset' });
    const { transport: t } = transport({ secrets: [secret], maxRetries: 0 });
    const error = await rejection(t.request({ method: 'GET', path: `x/${secret}` }));
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain(secret);
    expect(String(error)).not.toContain(secret);
  });
});
