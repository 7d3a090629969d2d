import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError } from '../src/errors/network-error.js';
import { createHttpTransport } from '../src/transport/http-transport.js';

// https:// through node:https, which the transport loads only when a service needs it: a loopback
// server with a certificate made for this run (openssl), trusted through an injected agent.
const folder = mkdtempSync(join(tmpdir(), 'callroll-https-'));
let server: Server;
let url: string;
let cert: Buffer;

beforeAll(async () => {
  const keyFile = join(folder, 'key.pem');
  const certFile = join(folder, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-days',
      '2',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  cert = readFileSync(certFile);
  server = createServer({ key: readFileSync(keyFile), cert }, (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

describe('createHttpTransport over https', () => {
  it('sends through node:https with the agent it is given', async () => {
    const agent = new Agent({ ca: cert, keepAlive: true });
    const transport = createHttpTransport({ provider: 'test', baseURL: url, agent });
    try {
      const response = await transport.request({ method: 'GET', path: 'x' });
      expect([response.status, response.text]).toEqual([200, '{"ok":true}']);
    } finally {
      await transport.close();
      agent.destroy();
    }
  });

  it('refuses a certificate nobody trusts, as a network error', async () => {
    const transport = createHttpTransport({ provider: 'test', baseURL: url, maxRetries: 0 });
    try {
      const error = await transport.request({ method: 'GET', path: 'x' }).catch((caught: unknown) => caught);
      expect(NetworkError.isInstance(error) && error.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    } finally {
      await transport.close();
    }
  });
});
