import { describe, expect, it } from 'vitest';
import { hostileSession, startHostileServer } from '../src/index.js';

describe('the hostile server', () => {
  it('records each request whole and answers with the reply, JSON unless it is a string', async () => {
    const server = await startHostileServer((request, index) =>
      index === 0
        ? { status: 418, headers: { 'x-seen': request.path }, body: { n: index } }
        : { body: '<p>' },
    );
    try {
      const first = await fetch(`${server.url}/a/b?x=1&y=two`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-Mixed-Case': 'v' },
        body: 'api_secret=s%20t&page=2',
      });
      expect(first.status).toBe(418);
      expect(first.headers.get('content-type')).toBe('application/json');
      expect(first.headers.get('x-seen')).toBe('/a/b');
      expect(await first.json()).toEqual({ n: 0 });
      const second = await fetch(`${server.url}/c`);
      expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await second.text()).toBe('<p>');
      const [received] = server.requests;
      expect(received?.method).toBe('POST');
      expect(received?.query.get('y')).toBe('two');
      expect(received?.headers['x-mixed-case']).toBe('v');
      expect(received?.body).toBe('api_secret=s%20t&page=2');
      expect(received?.form.get('api_secret')).toBe('s t');
      expect(server.requests.map((request) => request.path)).toEqual(['/a/b', '/c']);
    } finally {
      await server.close();
    }
  });

  it('a throwing answer is a 599 that says the test server failed, not a hostile reply', async () => {
    const server = await startHostileServer(() => {
      throw new Error('no route');
    });
    try {
      const response = await fetch(server.url);
      expect(response.status).toBe(599);
      expect(await response.text()).toBe('test server failed: Error: no route');
    } finally {
      await server.close();
    }
  });
});

describe('a hostile session', () => {
  const session = hostileSession();
  let url = '';
  const closed: string[] = [];

  it('serves while the test runs', async () => {
    const server = await session.serve(() => ({ body: { ok: true } }));
    url = server.url;
    session.closing({
      close: async () => {
        closed.push('client');
      },
    });
    expect(await (await fetch(url)).json()).toEqual({ ok: true });
    expect(closed).toEqual([]);
  });

  it('the client and the server of the test before were closed when it ended', async () => {
    expect(closed).toEqual(['client']);
    await expect(fetch(url)).rejects.toThrow();
  });
});
