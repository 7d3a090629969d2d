import { readCallOutNumbers } from '@callroll/accounts';
import { uniqueCallOutTargets } from '@callroll/core';
import type { McpServer, ServerContext as ToolContext } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { calloutAnswer, calloutOutputSchema } from '../callouts/callout-answer.js';
import { openCalloutProvider } from '../callouts/open-callout-provider.js';
import type { CallOutOperation } from '../i18n/mcp-messages.js';
import type { ServerContext } from '../server/server-context.js';
import { ToolInputError } from '../server/tool-input-error.js';
import { runTool } from '../server/tool-run.js';
import { calloutAnnotations } from './callout-annotations.js';
import { accountInput, meetingInput, providerInput } from './tool-schemas.js';

const numbersInput = z
  .array(z.string().max(64))
  .min(1)
  .max(1_000)
  .describe(
    'Numbers as a person writes them: +86 138 0013 8000, 0086…, an 11-digit Chinese mobile, "ext. 12"',
  );

const inputSchemas = {
  start: z.strictObject({
    provider: providerInput,
    account: accountInput,
    meeting: meetingInput,
    numbers: numbersInput,
    callingCode: z
      .string()
      .trim()
      .max(4)
      .optional()
      .describe('The country calling code national numbers are read with, such as 86 or +852'),
    name: z.string().trim().min(1).max(64).optional().describe('The name every call shows'),
  }),
  cancel: z.strictObject({
    provider: providerInput,
    account: accountInput,
    meeting: meetingInput,
    numbers: numbersInput,
    callingCode: z.string().trim().max(4).optional().describe('As for start_callouts'),
  }),
};

const tools: Record<CallOutOperation, { name: string; title: string; description: string }> = {
  start: {
    name: 'start_callouts',
    title: 'Call numbers into a meeting',
    description:
      'Rings each number now and brings it into the meeting; the calls are charged to the account. Every number is checked first: if any cannot be called, nothing is. Sent in batches and never retried; the answer says, per number, placed, refused (with the reason), failed or not attempted.',
  },
  cancel: {
    name: 'cancel_callouts',
    title: 'Cancel ringing call-outs',
    description:
      'Stops calls into a meeting that are still ringing. Never retried; the answer says, per number, cancelled, refused (with the reason), failed or not attempted.',
  },
};

type NumbersInput = z.infer<typeof inputSchemas.start>;

/** `start_callouts` or `cancel_callouts`: numbers given, read and checked before any request. */
export function registerNumberCallouts(
  server: McpServer,
  context: ServerContext,
  operation: CallOutOperation,
): void {
  const tool = tools[operation];
  const config = {
    title: tool.title,
    description: tool.description,
    outputSchema: calloutOutputSchema,
    annotations: calloutAnnotations,
  };
  const handler = (input: NumbersInput, ctx: ToolContext) =>
    runTool(context, ctx.mcpReq.signal, async (run) => {
      const { messages } = context;
      const { provider } = await openCalloutProvider(run, input);
      const read = readCallOutNumbers(
        input.numbers,
        { callingCode: input.callingCode, name: input.name },
        provider.capabilities,
        messages,
      );
      if (read.bad.length > 0) throw new ToolInputError(messages.badNumbers(read.bad));
      // The first request: the meeting, by id or code.
      const meeting = await provider.getMeeting(input.meeting, { signal: run.signal });
      return calloutAnswer(run, provider, {
        operation,
        meetingId: meeting.id,
        // A number given twice is called once.
        targets: uniqueCallOutTargets(read.targets),
      });
    });
  if (operation === 'start')
    server.registerTool(tool.name, { ...config, inputSchema: inputSchemas.start }, handler);
  else server.registerTool(tool.name, { ...config, inputSchema: inputSchemas.cancel }, handler);
}
