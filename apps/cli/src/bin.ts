#!/usr/bin/env node
import { runCli } from './run-cli.js';

// A closed pipe (`callroll … | head`) surfaces as an 'error' event; the listing notices it
// through its own listener, and nothing else should crash on it.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
// Exit once everything written has been handed to the OS (pipes are asynchronous on some
// systems), rather than wait for idle keep-alive sockets a plugin might leave open.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
process.exit(code);
