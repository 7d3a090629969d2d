import type { Readable, Writable } from 'node:stream';
import { configLocation } from '@callroll/accounts/config-location';
import { detectLocale } from '@callroll/accounts/i18n';
import { StdioServerTransport, serveStdio } from '@modelcontextprotocol/server/stdio';
import { mcpMessagesFor } from './i18n/mcp-messages-for.js';
import { createCallrollServer } from './server/create-server.js';
import { parseServerArgs } from './server/server-args.js';
import type { ServerContext } from './server/server-context.js';
import { VERSION } from './version.js';

export interface McpServerIo {
  /** The protocol: requests come in here, answers go out there. Nothing else is written to it. */
  stdin: Readable;
  stdout: Writable;
  /** The log: the start-up line and failures, never a secret. */
  stderr: Writable;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Stops the server (the CLI's Ctrl-C); standard input closing stops it too. */
  signal?: AbortSignal | undefined;
}

/**
 * `callroll-mcp [--show-numbers] [--allow-callouts] [--config <file>]`: serves MCP over stdio until
 * the client closes standard input. Resolves with the exit code: 0, or 2 for a bad command line.
 */
export async function runMcpServer(argv: readonly string[], io: McpServerIo): Promise<number> {
  const locale = detectLocale(io.env);
  const messages = mcpMessagesFor(locale);
  const parsed = parseServerArgs(argv, messages);
  const log = (line: string) => io.stderr.write(`${line}\n`);
  if (!parsed.ok) {
    log(messages.failed(parsed.problem));
    return 2;
  }
  const { args } = parsed;
  const configPath = configLocation(io.env, args.config, io.cwd).path;
  if (args.version || args.help) {
    io.stdout.write(`${args.version ? VERSION : messages.help(VERSION, configPath)}\n`);
    return 0;
  }
  const context: ServerContext = {
    env: io.env,
    cwd: io.cwd,
    configPath: args.config,
    locale,
    messages,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    showNumbers: args.showNumbers,
    allowCallouts: args.allowCallouts,
  };
  const flags = [
    ...(args.showNumbers ? ['--show-numbers'] : []),
    ...(args.allowCallouts ? ['--allow-callouts'] : []),
  ];
  const stopped = new Promise<void>((resolve) => {
    io.stdin.once('end', resolve);
    io.stdin.once('close', resolve);
    if (io.signal?.aborted) resolve();
    io.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  const handle = serveStdio(() => createCallrollServer(context), {
    transport: new StdioServerTransport(io.stdin, io.stdout),
    // The SDK's own message may quote what came in; the kind of failure is enough for the log.
    onerror: (error) => log(messages.failed(error.name)),
  });
  log(messages.started(VERSION, configPath, flags));
  await stopped;
  await handle.close();
  return 0;
}
