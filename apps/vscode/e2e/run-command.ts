import { spawn } from 'node:child_process';

/** A command that failed, did not finish in time, or could not start; `output` is its tail. */
export class CommandError extends Error {
  override readonly name = 'CommandError';

  constructor(
    message: string,
    readonly output: string,
  ) {
    super(output === '' ? message : `${message}\n${output.slice(-3000)}`);
  }
}

/** Runs a command to its end, bounded in time; rejects with a `CommandError` when it fails. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number; label: string },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      reject(new CommandError(`${options.label} did not finish in ${options.timeoutMs / 1000} s`, output));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new CommandError(`${options.label} could not start: ${error.message}`, ''));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new CommandError(`${options.label} failed (exit ${code})`, output));
    });
  });
}

/** Signals a whole process group (started with `detached: true`, so in a session of its own). */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
