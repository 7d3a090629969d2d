import { redialTargets } from '@callroll/core';
import type { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { calloutAnswer, calloutOutputSchema } from '../callouts/callout-answer.js';
import { openCalloutProvider } from '../callouts/open-callout-provider.js';
import type { ServerContext } from '../server/server-context.js';
import { runTool } from '../server/tool-run.js';
import { calloutAnnotations } from './callout-annotations.js';
import { accountInput, meetingInput, providerInput, statusesInput } from './tool-schemas.js';

const inputSchema = z.strictObject({
  provider: providerInput,
  account: accountInput,
  meeting: meetingInput,
  status: statusesInput
    .default(['unanswered'])
    .describe('Call again the numbers whose latest line is in these statuses (default unanswered)'),
});

export function registerRedial(server: McpServer, context: ServerContext): void {
  server.registerTool(
    'redial',
    {
      title: 'Call again the numbers that did not answer',
      description:
        'Reads every phone line of the meeting and calls again each number whose latest line is in the statuses given (default unanswered), with the name it had; the calls are charged. Never retried; the answer says, per number, placed, refused, failed or not attempted.',
      inputSchema,
      outputSchema: calloutOutputSchema,
      annotations: calloutAnnotations,
    },
    (input, ctx) =>
      runTool(context, ctx.mcpReq.signal, async (run) => {
        const { provider } = await openCalloutProvider(run, input);
        const meeting = await provider.getMeeting(input.meeting, { signal: run.signal });
        const statuses = new Set(input.status);
        const found = await redialTargets(provider, meeting.id, statuses, run.signal);
        if (found.targets.length === 0) {
          const label = meeting.topic ? `“${meeting.topic}” (${meeting.id})` : meeting.id;
          return {
            structured: {
              meetingId: meeting.id,
              operation: 'start' as const,
              complete: true,
              counts: { accepted: 0, refused: 0, failed: 0, notAttempted: 0 },
              numbers: [],
              uncallable: found.uncallable,
            },
            text: context.messages.nothingToRedial([...statuses], label),
          };
        }
        return calloutAnswer(run, provider, {
          operation: 'start',
          meetingId: meeting.id,
          targets: found.targets,
          uncallable: found.uncallable,
        });
      }),
  );
}
