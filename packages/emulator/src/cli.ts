#!/usr/bin/env node
import { CliUsageError, usage } from './cli/parse-cli-args.js';
import { runCli } from './cli/run-cli.js';

const output = {
  stdout: (text: string) => process.stdout.write(`${text}\n`),
  stderr: (text: string) => process.stderr.write(`${text}\n`),
};

try {
  const emulator = await runCli(process.argv.slice(2), output);
  if (emulator) {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      output.stderr(`Received ${signal}, stopping.`);
      emulator.close().then(
        () => {
          process.exitCode = 0;
        },
        (error: unknown) => {
          output.stderr(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
          process.exitCode = 1;
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  if (error instanceof CliUsageError) {
    output.stderr(`callroll-emulator: ${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else {
    output.stderr(
      `callroll-emulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  }
}
