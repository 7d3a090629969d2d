import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emulator } from '@callroll/emulator';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

/** The binary the globalSetup built. */
export const serverBin = fileURLToPath(new URL('../../test-output/dist/bin.js', import.meta.url));

// An empty config file of its own: no developer's accounts or plugins reach a test.
const emptyConfig = join(mkdtempSync(join(tmpdir(), 'callroll-mcp-test-')), 'config.json');
writeFileSync(emptyConfig, '{}');

/** The environment every server starts from: English, UTC, the empty config file. */
export function baseEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '', TZ: 'UTC', CALLROLL_LANG: 'en', CALLROLL_CONFIG: emptyConfig };
}

/** The CALLROLL_* variables that point both providers at an emulator. */
export function emulatorEnv(emulator: Emulator): Record<string, string> {
  const tencent = emulator.tencent;
  const systec = emulator.systec;
  return {
    CALLROLL_TENCENT_APP_ID: tencent.credentials.appId,
    CALLROLL_TENCENT_SECRET_ID: tencent.credentials.secretId,
    CALLROLL_TENCENT_SECRET_KEY: tencent.credentials.secretKey,
    CALLROLL_TENCENT_OPERATOR_ID: tencent.credentials.operatorId,
    CALLROLL_TENCENT_BASE_URL: tencent.baseURL,
    CALLROLL_SYSTEC_API_KEY: systec.credentials.apiKey,
    CALLROLL_SYSTEC_API_SECRET: systec.credentials.apiSecret,
    CALLROLL_SYSTEC_BASE_URL: systec.baseURL,
  };
}

export interface McpSession {
  client: Client;
  /** Everything the server wrote to standard error so far. */
  stderr: () => string;
  /** Every answer's text and structured content, as JSON, for secret checks. */
  answers: string[];
  call: (name: string, args?: Record<string, unknown>) => Promise<ToolAnswer>;
  close: () => Promise<void>;
}

export interface ToolAnswer {
  isError: boolean;
  text: string;
  structured: unknown;
}

export interface SessionOptions {
  args?: readonly string[];
  env?: Record<string, string | undefined>;
  /** Another command line that starts the server (the CLI's `callroll mcp`). */
  command?: readonly string[];
}

/** Starts the server as a client would (a child process over stdio) and connects a client of the SDK. */
export async function startSession(options: SessionOptions = {}): Promise<McpSession> {
  const env: Record<string, string> = baseEnv();
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const [command, ...commandArgs] = options.command ?? [process.execPath, serverBin];
  const transport = new StdioClientTransport({
    command: command ?? process.execPath,
    args: [...commandArgs, ...(options.args ?? [])],
    env,
    cwd: tmpdir(),
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const client = new Client({ name: 'callroll-mcp-tests', version: '1.0.0' });
  await client.connect(transport);
  const answers: string[] = [];
  return {
    client,
    stderr: () => stderr,
    answers,
    call: async (name, args = {}) => {
      const result = await client.callTool({ name, arguments: args });
      const content = Array.isArray(result.content) ? result.content : [];
      const text = content.map((block) => (block.type === 'text' ? block.text : '')).join('\n');
      answers.push(JSON.stringify(result));
      return { isError: result.isError === true, text, structured: result.structuredContent };
    },
    close: () => client.close(),
  };
}
