import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError } from '../src/errors/network-error.js';
import { createHttpTransport } from '../src/transport/http-transport.js';
import {
  REDACTED,
  redactForm,
  redactHeaders,
  redactJsonText,
  redactText,
  redactUrl,
} from '../src/transport/redact.js';
import type { TransportEvent } from '../src/transport/transport-types.js';
import { type FaultServer, startFaultServer } from './support/fault-server.js';

let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer();
});

afterAll(async () => {
  await server.close();
});

describe('redact', () => {
  it('replaces secret header values in any case', () => {
    expect(redactHeaders({ Authorization: 'Bearer abc', 'x-id': '7' }, ['authorization'])).toEqual({
      Authorization: REDACTED,
      'x-id': '7',
    });
  });

  it('replaces secret form fields and query parameters, keeping the rest byte for byte', () => {
    expect(redactForm('a=1&Token=s%20ecret&b=x+y&token', ['token'])).toBe(
      `a=1&Token=${REDACTED}&b=x+y&token=${REDACTED}`,
    );
    expect(redactUrl('https://u:p@api.example.com/v1/x?a=%2F&api_key=k#frag', ['api_key'])).toBe(
      `https://api.example.com/v1/x?a=%2F&api_key=${REDACTED}`,
    );
    expect(redactUrl('/v1/x?secret=1', ['secret'])).toBe(`/v1/x?secret=${REDACTED}`);
  });

  it('replaces secret JSON fields at any depth and leaves non-JSON alone', () => {
    expect(
      redactJsonText('{"password":"p","user":{"Password":"q","name":"n"},"list":[{"password":1}]}', [
        'password',
      ]),
    ).toBe(
      `{"password":"${REDACTED}","user":{"Password":"${REDACTED}","name":"n"},"list":[{"password":"${REDACTED}"}]}`,
    );
    expect(redactJsonText('not json password', ['password'])).toBe('not json password');
  });

  it('replaces every occurrence of secret values of 4 characters or more, longest first', () => {
    expect(redactText('key=abcd1234 again abcd1234, short abc', ['abcd1234', 'abc'])).toBe(
      `key=${REDACTED} again ${REDACTED}, short abc`,
    );
    expect(redactText('token abcdef', ['abcd', 'abcdef'])).toBe(`token ${REDACTED}`);
    expect(redactText('nothing here', [])).toBe('nothing here');
  });
});

describe('createHttpTransport: secrets in events', () => {
  const secrets = {
    header: 'hdr-secret-1111',
    signature: 'sig-secret-2222',
    query: 'qry secret/3333',
    form: 'frm-secret-4444',
    json: 'jsn-secret-5555',
  };

  it('never puts a secret header, query parameter, form field or JSON field in an event or error', async () => {
    const ok = { kind: 'respond', status: 200 } as const;
    // GET: a 500 (retry event), then ok; form POST: ok; JSON POST: reset (error event and thrown error).
    server.script({ kind: 'respond', status: 500 }, ok, ok, { kind: 'reset' });
    const events: TransportEvent[] = [];
    const transport = createHttpTransport({
      provider: 'test',
      baseURL: server.url,
      secretHeaders: ['Authorization', 'X-Signature'],
      secretFields: ['token', 'password', 'api_key'],
      beforeAttempt: (attempt) => {
        attempt.headers['X-Signature'] = `${secrets.signature}-${attempt.attempt}`;
      },
      onEvent: (event) => events.push(event),
      sleep: async () => undefined,
      maxRetries: 1,
    });
    try {
      const headers = { authorization: `Bearer ${secrets.header}` };
      const query: [string, string][] = [
        ['page', '1'],
        ['token', secrets.query],
      ];
      const get = await transport.request({ method: 'GET', path: 'v1/x', query, headers });
      await transport.request({
        method: 'POST',
        path: 'v1/form',
        headers,
        form: [
          ['user', 'u'],
          ['password', secrets.form],
        ],
      });
      const error = await transport
        .request({
          method: 'POST',
          path: 'v1/json',
          query,
          headers,
          json: { api_key: secrets.json, name: 'n' },
        })
        .then(
          () => undefined,
          (caught: unknown) => caught,
        );
      expect(NetworkError.isInstance(error)).toBe(true);

      // The secrets did reach the server...
      expect(server.requests[2]?.body).toContain(secrets.form);
      expect(server.requests[0]?.headers['x-signature']).toBe(`${secrets.signature}-1`);
      // ...but no event, message or response summary carries them.
      const types = new Set(events.map((event) => event.type));
      expect([...types].sort()).toEqual(['error', 'request', 'response', 'retry']);
      const published = JSON.stringify([events, get.request, error instanceof Error ? error.message : '']);
      for (const secret of Object.values(secrets)) {
        expect(published).not.toContain(secret);
        expect(published).not.toContain(encodeURIComponent(secret));
      }
      const requests = events.filter((event) => event.type === 'request');
      expect(requests[0]).toMatchObject({
        url: `${server.url}/v1/x?page=1&token=${REDACTED}`,
        headers: { authorization: REDACTED, 'X-Signature': REDACTED },
      });
      expect(requests.some((event) => event.body === `user=u&password=${REDACTED}`)).toBe(true);
      expect(requests.some((event) => event.body === `{"api_key":"${REDACTED}","name":"n"}`)).toBe(true);
    } finally {
      await transport.close();
    }
  });
});
