import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { EmulatorStats } from './emulator-stats.js';
import type { SystecEmulatorInfo, TencentEmulatorInfo } from './emulator-types.js';
import type { Scenario, ScenarioPatch } from './scenario/scenario.js';

/** An emulator in a child process: what benchmarks use, so that its work is not counted as the client's. */
export interface EmulatorProcess {
  url: string;
  tencent: TencentEmulatorInfo;
  systec: SystecEmulatorInfo;
  setScenario(patch: ScenarioPatch): Promise<Scenario>;
  reset(): Promise<void>;
  stats(): Promise<EmulatorStats>;
  close(): Promise<void>;
}

/**
 * Starts `callroll-emulator --json` with the given command-line flags (see `--help`) and talks
 * to it over its admin endpoint.
 */
export async function startEmulatorProcess(args: readonly string[] = []): Promise<EmulatorProcess> {
  const cli = fileURLToPath(new URL('./cli.js', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [cli, '--json', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    child.once('exit', (code) =>
      reject(new Error(`callroll-emulator exited with ${code} before it started`)),
    );
  });
  const started = JSON.parse(firstLine) as {
    url: string;
    tencent: TencentEmulatorInfo;
    systec: SystecEmulatorInfo;
  };
  const admin = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${started.url}/__emulator/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    if (!response.ok) throw new Error(`The emulator's admin endpoint answered ${response.status} to ${path}`);
    return (await response.json()) as T;
  };
  return {
    ...started,
    setScenario: (patch) => admin<Scenario>('scenario', patch),
    reset: async () => {
      await admin('reset', {});
    },
    stats: () => admin<EmulatorStats>('stats'),
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
