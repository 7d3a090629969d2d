import { formatMoney, summarizePhoneParticipants, toMeetingSummaryRecord } from '@callroll/core';
import type { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { openToolProvider } from '../server/open-tool-provider.js';
import type { ServerContext } from '../server/server-context.js';
import { runTool } from '../server/tool-run.js';
import {
  accountInput,
  meetingInput,
  meetingRecordSchema,
  moneySchema,
  phoneStatusSchema,
  providerInput,
} from './tool-schemas.js';

const inputSchema = z.strictObject({ provider: providerInput, account: accountInput, meeting: meetingInput });

const outputSchema = meetingRecordSchema.extend({
  phoneParticipants: z.number().describe('Phone lines of the meeting (a number called twice has two)'),
  byStatus: z.record(phoneStatusSchema, z.number()),
  unknownRawStatuses: z
    .record(z.string(), z.number())
    .describe("The provider's own status texts behind 'unknown', with their counts"),
  durationSeconds: z
    .number()
    .nullable()
    .describe('Summed over the lines that report one; null when none does'),
  linesWithDuration: z.number(),
  cost: z.array(moneySchema).describe('One exact total per currency; empty when no line reports a cost'),
});

export function registerGetMeetingSummary(server: McpServer, context: ServerContext): void {
  server.registerTool(
    'get_meeting_summary',
    {
      title: 'Summarize a meeting’s phone participants',
      description:
        "One meeting and all its phone lines at a glance, however many (every line is read once): counts by status, the provider's raw texts behind unknown statuses, the total duration and the exact cost per currency.",
      inputSchema,
      outputSchema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    },
    (input, ctx) =>
      runTool(context, ctx.mcpReq.signal, async (run) => {
        const { messages, locale } = context;
        const { provider } = await openToolProvider(run, input);
        const meeting = await provider.getMeeting(input.meeting, { signal: run.signal });
        const summary = await summarizePhoneParticipants(provider, meeting.id, { signal: run.signal });
        const record = toMeetingSummaryRecord(meeting, summary);
        const count = (value: number) => value.toLocaleString(locale);
        return {
          structured: record,
          text: messages.summaryText({
            topic: meeting.topic ? `${meeting.topic} (${meeting.id})` : meeting.id,
            count: record.phoneParticipants,
            byStatus: record.byStatus,
            unknown: Object.entries(record.unknownRawStatuses)
              .map(([raw, lines]) => `${JSON.stringify(raw)} ${count(lines)}`)
              .join(', '),
            duration:
              record.durationSeconds === null
                ? undefined
                : `${count(record.durationSeconds)} s / ${count(record.linesWithDuration)}`,
            cost:
              record.cost.length === 0
                ? undefined
                : record.cost.map((money) => formatMoney(money)).join(', '),
          }),
        };
      }),
  );
}
