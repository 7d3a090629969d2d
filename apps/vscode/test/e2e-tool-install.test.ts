import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeInstallFailure, installStep, ToolInstallError } from '../e2e/install-failure.js';
import { npmEnvironment, parseConfigLines } from '../e2e/npm-environment.js';
import { runCommand } from '../e2e/run-command.js';

// The e2e's tool installs, against small registries on loopback: what reaches the child npm,
// and the one line a failure ends with. npm is the machine's own; nothing leaves the machine.
const folder = mkdtempSync(join(tmpdir(), 'callroll-e2e-install-'));
const servers: Server[] = [];
const requests: string[] = [];

function listen(server: Server): Promise<string> {
  servers.push(server);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(String((server.address() as AddressInfo).port)));
  });
}

// A registry that has no packages: every request is recorded and answered 404, as npm expects.
function registryAnswer(request: IncomingMessage, response: import('node:http').ServerResponse): void {
  requests.push(`${request.method} ${request.url}`);
  response.writeHead(404, { 'content-type': 'application/json' });
  response.end('{"error":"not found"}');
}

/** `npm install <name>` in a fresh folder, as the e2e runs it, without npm's slow retries. */
async function npmInstall(name: string, env: NodeJS.ProcessEnv): Promise<void> {
  const cwd = mkdtempSync(join(folder, 'project-'));
  writeFileSync(join(cwd, 'package.json'), '{ "name": "probe", "private": true }\n');
  const label = `npm install ${name}`;
  await installStep(label, () =>
    runCommand('npm', ['install', '--no-audit', '--no-fund', name], {
      cwd,
      env: { ...env, npm_config_fetch_retries: '0', npm_config_cache: join(folder, 'npm-cache') },
      timeoutMs: 60_000,
      label,
    }),
  );
}

async function failure(run: Promise<void>): Promise<ToolInstallError> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ToolInstallError);
  return error as ToolInstallError;
}

let plainRegistry = '';
let untrustedRegistry = '';
const savedEnv = { ...process.env };

beforeAll(async () => {
  // Should a registry setting go astray, npm's fallback (the public registry) meets a closed port
  // instead of the internet.
  const closed = createHttpServer();
  const closedPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'])
    savedEnv[name] = `http://127.0.0.1:${closedPort}/`;
  savedEnv.NO_PROXY = '127.0.0.1';
  savedEnv.no_proxy = '127.0.0.1';
  Object.assign(process.env, savedEnv);
  plainRegistry = `http://127.0.0.1:${await listen(createHttpServer(registryAnswer))}/`;
  const key = join(folder, 'key.pem');
  const cert = join(folder, 'cert.pem');
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
      '-days',
      '2',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const https = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, registryAnswer);
  untrustedRegistry = `https://127.0.0.1:${await listen(https)}/`;
});

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  requests.length = 0;
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(folder, { recursive: true, force: true });
});

describe("the e2e's npm installs", () => {
  it("hand the machine npm's registry to the child npm, though the run's npm_ variables are dropped", async () => {
    // As a user's ~/.npmrc or company npmrc would: a file the machine npm reads, named by a variable
    // that the child's environment does not keep as it came.
    const npmrc = join(folder, 'company-npmrc');
    writeFileSync(npmrc, `registry=${plainRegistry}\n`);
    process.env.npm_config_globalconfig = npmrc;
    process.env.npm_config_user_agent = 'pnpm/12 npm/? node/? linux x64';
    const env = await npmEnvironment();
    expect(env.npm_config_registry).toBe(plainRegistry);
    expect(env.npm_config_globalconfig).toBe(npmrc);
    expect(env.npm_config_user_agent).toBeUndefined();

    const error = await failure(npmInstall('callroll-probe-package', env));
    expect(requests).toContain('GET /callroll-probe-package');
    expect(error.message).toMatch(
      /^installing the e2e's tools \(npm install callroll-probe-package\) failed: /,
    );
    expect(error.message).toContain('does not have the package (E404)');
    expect(error.message).not.toContain('\n');
  });

  it('name certificates and NODE_EXTRA_CA_CERTS when the registry is behind an untrusted certificate', async () => {
    process.env.npm_config_registry = untrustedRegistry;
    const error = await failure(npmInstall('callroll-probe-package', await npmEnvironment()));
    expect(error.message).toContain('certificate');
    expect(error.message).toContain('NODE_EXTRA_CA_CERTS');
    expect(error.message).toMatch(/\((SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT)\)$/);
    expect(error.message).not.toContain('\n');
    // The details stay available above the line.
    expect(error.output).toMatch(/npm error/);
  });

  it('name the proxy variables when the proxy cannot be reached', async () => {
    process.env.npm_config_registry = plainRegistry.replace('127.0.0.1', 'registry.invalid');
    // A port nothing listens on: the closed server's.
    const closed = createHttpServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    process.env.npm_config_proxy = `http://127.0.0.1:${port}/`;
    const error = await failure(npmInstall('callroll-probe-package', await npmEnvironment()));
    expect(error.message).toMatch(/could not be reached \(ECONNREFUSED\): behind a proxy, set HTTPS_PROXY/);
    expect(requests).toEqual([]);
  });
});

describe('describeInstallFailure', () => {
  it.each([
    ['E: Failed to fetch http://deb.debian.org/… Temporary failure resolving', /http_proxy/],
    ['Certificate verification failed: The certificate is NOT trusted', /SSL_CERT_FILE/],
    ['E: Could not open lock file … (13: Permission denied)\nE: are you root?', /run as root/],
    ['gyp ERR! build error\ngyp ERR! stack Error: `make` failed', /native addon did not compile/],
    ['npm error code E403', /registry refused the request \(E403\)/],
    ['something else entirely', /failed \(see the output above\)$/],
  ])('reads %j', (output, expected) => {
    expect(describeInstallFailure('installing x', output)).toMatch(expected);
  });

  it('reads one key=value line per setting, leaving out unset ones', () => {
    expect(
      parseConfigLines('registry=https://r.example/\ncafile=/etc/ca.pem\nproxy=null\nnoproxy=\n'),
    ).toEqual({
      registry: 'https://r.example/',
      cafile: '/etc/ca.pem',
    });
  });
});
