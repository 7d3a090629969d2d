import type { Emulator } from '@callroll/emulator';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, binPath, runCallroll } from './support/run-callroll.js';
import { startTestEmulator, tencentEnv } from './support/test-servers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

/** `callroll mcp ...` as an MCP client starts it, with a client of the SDK on its stdio. */
async function connect(args: readonly string[]): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [binPath, 'mcp', ...args],
    env: { ...baseEnv(), ...tencentEnv(emulator) },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const client = new Client({ name: 'callroll-cli-tests', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

describe('callroll mcp', () => {
  it('starts the MCP server: its tools, and an answer from the emulator', async () => {
    const { client, stderr } = await connect([]);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual([
        'get_meeting_summary',
        'list_meetings',
        'list_phone_participants',
        'list_providers',
      ]);
      const meeting = emulator.tencent.fixtures.everyStatusMeeting;
      const result = await client.callTool({
        name: 'get_meeting_summary',
        arguments: { provider: 'tencent', meeting: meeting.meetingId },
      });
      expect(result.isError ?? false).toBe(false);
      expect(result.structuredContent).toMatchObject({
        id: meeting.meetingId,
        phoneParticipants: meeting.calloutCount,
      });
      expect(stderr()).toMatch(/^callroll-mcp \d+\.\d+\.\d+ serving on standard input and output/);
    } finally {
      await client.close();
    }
  });

  it('passes its flags on: --allow-callouts adds the call-out tools', async () => {
    const { client } = await connect(['--allow-callouts']);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(
        expect.arrayContaining(['start_callouts', 'cancel_callouts', 'redial']),
      );
    } finally {
      await client.close();
    }
  });

  it("shows the server's help, and refuses an option it does not know with exit code 2", async () => {
    const help = await runCallroll(['mcp', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'Usage: callroll-mcp [--show-numbers] [--allow-callouts] [--config <file>]',
    );
    expect((await runCallroll(['help', 'mcp'])).stdout).toBe(help.stdout);
    const bad = await runCallroll(['mcp', '--mask']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'callroll-mcp: --mask is not an option of callroll-mcp; see callroll-mcp --help.\n',
    );
    const before = await runCallroll(['-v', 'mcp']);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('-v does not apply to "mcp"');
  });
});
