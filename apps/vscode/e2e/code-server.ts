import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { killGroup, runCommand } from './run-command.js';

export interface CodeServerRun {
  url: string;
  userDataDir: string;
  logFile: string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  node24: string;
  entry: string;
  runDir: string;
  workspace: string;
  vsixes: readonly string[];
  settings: Record<string, unknown>;
  /** A display language (`zh-cn`): needs a language pack for it among `vsixes`. */
  locale?: string | undefined;
  /** Runs once the VSIXes are installed, before the server starts. */
  beforeStart?: ((dirs: { userDataDir: string; extensionsDir: string }) => void) | undefined;
}

/**
 * Installs the VSIXes and starts code-server in a process group of its own, with its own config,
 * user data, extensions and temporary folders under the run's folder (nothing in $HOME or /tmp).
 */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServerRun> {
  const { runDir } = options;
  const userDataDir = join(runDir, 'user-data');
  const extensionsDir = join(runDir, 'extensions');
  const tmp = join(runDir, 'tmp');
  for (const dir of [join(userDataDir, 'User'), extensionsDir, tmp, options.workspace])
    mkdirSync(dir, { recursive: true });
  const config = join(runDir, 'code-server.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  writeUserFiles(userDataDir, options);
  const env = {
    ...process.env,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
    XDG_DATA_HOME: join(runDir, 'xdg-data'),
    XDG_CACHE_HOME: join(runDir, 'xdg-cache'),
  };
  const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  // One at a time, in order: a provider extension depends on Callroll being installed.
  for (const vsix of options.vsixes) {
    await runCommand(options.node24, [options.entry, ...common, '--install-extension', vsix], {
      env,
      timeoutMs: 60_000,
      label: `code-server --install-extension ${vsix}`,
    });
  }

  options.beforeStart?.({ userDataDir, extensionsDir });
  const port = await freePort();
  const logFile = join(runDir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(
    options.node24,
    [
      options.entry,
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      ...(options.locale ? ['--locale', options.locale] : []),
      options.workspace,
    ],
    { env, stdio: ['ignore', log, log], detached: true },
  );
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    killGroup(child.pid, 'SIGTERM');
    const exited = await Promise.race([
      new Promise<boolean>((resolve) => {
        if (child.exitCode !== null) resolve(true);
        child.once('exit', () => resolve(true));
      }),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    // Extension hosts outlive their server unless the whole group goes.
    killGroup(child.pid, 'SIGKILL');
    if (!exited) await new Promise((resolve) => setTimeout(resolve, 200));
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited (${child.exitCode}) before it answered:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // Not up yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, userDataDir, logFile, stop };
}

/** The user's settings, and the display language where one is asked for. */
function writeUserFiles(userDataDir: string, options: CodeServerOptions): void {
  writeFileSync(join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(options.settings, null, 2)}\n`);
  if (!options.locale) return;
  // Where VS Code keeps the display language, for a start without the flag too.
  const argv = `${JSON.stringify({ locale: options.locale })}\n`;
  writeFileSync(join(userDataDir, 'argv.json'), argv);
  writeFileSync(join(userDataDir, 'User', 'argv.json'), argv);
}

export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
