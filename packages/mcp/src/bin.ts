#!/usr/bin/env node
import { runMcpServer } from './run-mcp-server.js';

// A client that goes away closes the pipes: nothing should crash on writing to them then.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

const code = await runMcpServer(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
// Exit once the last answer has been handed to the OS, rather than wait for idle keep-alive
// sockets a provider might leave open.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(code);
