import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The binary the globalSetup built. */
export const binPath = fileURLToPath(new URL('../../test-output/dist/bin.js', import.meta.url));

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Run as this user (POSIX, from root): for what root alone may read. */
  uid?: number;
  /** Written to standard input, which is then closed (else it is /dev/null). */
  stdin?: string;
  gid?: number;
}

// A home of its own: no developer's config file or CALLROLL_* variables leak into a test.
const home = mkdtempSync(join(tmpdir(), 'callroll-test-home-'));

/** The environment every run starts from: English, UTC, an empty home. */
export function baseEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    APPDATA: join(home, 'AppData'),
    TZ: 'UTC',
    CALLROLL_LANG: 'en',
  };
}

/** Starts `node <bin> ...args` as a user would; `run` waits for it. */
export function startCallroll(args: readonly string[], options: RunOptions = {}): ChildProcess {
  const env: Record<string, string> = baseEnv();
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(process.execPath, [binPath, ...args], {
    env,
    cwd: options.cwd ?? home,
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid }),
    ...(options.gid === undefined ? {} : { gid: options.gid }),
  });
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  return child;
}

export function finished(child: ChildProcess): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function runCallroll(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return finished(startCallroll(args, options));
}
