import { ZodError } from 'zod';
import type { Emulator } from '../emulator-types.js';
import { startEmulator } from '../start-emulator.js';
import { VERSION } from '../version.js';
import { formatBanner } from './format-banner.js';
import { CliUsageError, parseCliArgs, usage } from './parse-cli-args.js';

export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Runs the command: prints help or the version, or starts the emulator and prints the banner.
 * Returns the running emulator, or undefined when there is nothing to run. Throws
 * CliUsageError for a bad command line; signals are the caller's business (see cli.ts).
 */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<Emulator | undefined> {
  const command = parseCliArgs(argv);
  if (command.action === 'help') {
    output.stdout(usage);
    return undefined;
  }
  if (command.action === 'version') {
    output.stdout(VERSION);
    return undefined;
  }
  let emulator: Emulator;
  try {
    emulator = await startEmulator(command.options);
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new CliUsageError(
        `Bad scenario value ${issue?.path.join('.') ?? ''}: ${issue?.message ?? error.message}`,
      );
    }
    throw error;
  }
  if (command.json) {
    output.stdout(
      JSON.stringify({
        url: emulator.url,
        tencent: emulator.tencent,
        systec: emulator.systec,
        scenario: emulator.scenario,
      }),
    );
  } else {
    output.stdout(formatBanner(emulator));
  }
  return emulator;
}
