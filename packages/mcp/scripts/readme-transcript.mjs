// Prints the README's transcript: a client of the MCP SDK starts the built callroll-mcp (dist/),
// pointed at the emulator with the demo's seed, and asks for get_meeting_summary of its
// 10,000-callout meeting. Every JSON-RPC message is shown as it crossed the pipe.
// Run `pnpm build` first, then `node scripts/readme-transcript.mjs`.
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@callroll/emulator';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

const emulator = await startEmulator({ seed: 'demo' });
const { tencent } = emulator;
const transport = new StdioClientTransport({
  command: process.execPath,
  args: [fileURLToPath(new URL('../dist/bin.js', import.meta.url))],
  env: {
    PATH: process.env.PATH ?? '',
    CALLROLL_LANG: 'en',
    CALLROLL_TENCENT_APP_ID: tencent.credentials.appId,
    CALLROLL_TENCENT_SECRET_ID: tencent.credentials.secretId,
    CALLROLL_TENCENT_SECRET_KEY: tencent.credentials.secretKey,
    CALLROLL_TENCENT_OPERATOR_ID: tencent.credentials.operatorId,
    CALLROLL_TENCENT_BASE_URL: tencent.baseURL,
  },
  stderr: 'pipe',
});
transport.stderr?.on('data', (chunk) => process.stdout.write(`[server stderr] ${chunk}`));
const lines = [];
const send = transport.send.bind(transport);
transport.send = (message, options) => {
  lines.push(`→ ${JSON.stringify(message)}`);
  return send(message, options);
};
const client = new Client({ name: 'readme-transcript', version: '1.0.0' });
const receive = () => {
  const original = transport.onmessage;
  transport.onmessage = (message, extra) => {
    lines.push(`← ${JSON.stringify(message)}`);
    original?.(message, extra);
  };
};
await client.connect(transport);
receive();
lines.length = 0; // the handshake is the SDK's own; the call is what the README shows
await client.callTool({
  name: 'get_meeting_summary',
  arguments: { provider: 'tencent', meeting: tencent.fixtures.largeCalloutMeeting.meetingCode },
});
await client.close();
await emulator.close();
for (const line of lines) console.log(line);
