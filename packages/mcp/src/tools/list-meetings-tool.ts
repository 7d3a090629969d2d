import { meetingRange } from '@callroll/accounts';
import { type Meeting, toMeetingRecord } from '@callroll/core';
import type { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { decodeCursor, encodeCursor, listingKey } from '../paging/listing-cursor.js';
import { readWindow } from '../paging/read-window.js';
import { openToolProvider } from '../server/open-tool-provider.js';
import type { ServerContext } from '../server/server-context.js';
import { ToolInputError } from '../server/tool-input-error.js';
import { runTool } from '../server/tool-run.js';
import { accountInput, cursorInput, limitInput, meetingRecordSchema, providerInput } from './tool-schemas.js';

const dateInput = z.string().trim().min(1).max(40);

const inputSchema = z.strictObject({
  provider: providerInput,
  account: accountInput,
  from: dateInput
    .optional()
    .describe(
      'Start: 2026-10-01, "2026-10-01 09:00" (the server\'s time zone) or ISO 8601 with an offset; default 30 days before "to"',
    ),
  to: dateInput.optional().describe('End, as "from"; a date alone is the end of that day; default now'),
  limit: limitInput,
  cursor: cursorInput,
});

const outputSchema = z.object({
  provider: z.string(),
  from: z.string().describe('ISO 8601, UTC'),
  to: z.string().describe('ISO 8601, UTC'),
  meetings: z.array(meetingRecordSchema),
  nextCursor: z.string().optional().describe('Present when more meetings follow'),
});

export function registerListMeetings(server: McpServer, context: ServerContext): void {
  server.registerTool(
    'list_meetings',
    {
      title: 'List meetings',
      description:
        "A provider's meetings that overlap a date range, oldest first, a page at a time: ids, codes, topics, statuses and times.",
      inputSchema,
      outputSchema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    },
    (input, ctx) =>
      runTool(context, ctx.mcpReq.signal, async (run) => {
        const { messages } = context;
        const of = listingKey(['meetings', input.provider, input.account, input.from, input.to]);
        const start = decodeCursor(input.cursor, of, messages);
        const asOf = start.asOf ?? Date.now();
        const range = meetingRange(
          { from: input.from, to: input.to },
          { now: asOf, timeZone: context.timeZone },
        );
        if (!range.ok) {
          const problem = range.problem;
          throw new ToolInputError(
            problem === 'reversed'
              ? messages.rangeReversed
              : messages.invalidDate(problem, input[problem] ?? ''),
          );
        }
        const { provider, factory } = await openToolProvider(run, input);
        const list = provider.listMeetings?.bind(provider);
        if (!provider.capabilities.listMeetings || !list) {
          throw new ToolInputError(
            messages.notSupported(factory.displayName, messages.capability.listMeetings),
          );
        }
        const window = await readWindow<Meeting>({
          fetch: (request) => list({ from: range.from, to: range.to }, request),
          pageSize: provider.capabilities.maxPageSize,
          start,
          limit: input.limit,
          keep: () => true,
          provider: provider.id,
          signal: run.signal,
        });
        const meetings = window.items.map(toMeetingRecord);
        return {
          structured: {
            provider: provider.id,
            from: range.from.toISOString(),
            to: range.to.toISOString(),
            meetings,
            ...(window.next ? { nextCursor: encodeCursor(of, { ...window.next, asOf }) } : {}),
          },
          text: messages.meetingsText(meetings.length, factory.displayName, window.next !== undefined),
        };
      }),
  );
}
