import { type PhoneParticipant, toPhoneExportRecord } from '@callroll/core';
import type { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { decodeCursor, encodeCursor, listingKey } from '../paging/listing-cursor.js';
import { readWindow } from '../paging/read-window.js';
import { openToolProvider } from '../server/open-tool-provider.js';
import type { ServerContext } from '../server/server-context.js';
import { runTool } from '../server/tool-run.js';
import {
  accountInput,
  cursorInput,
  limitInput,
  meetingInput,
  phoneRecordSchema,
  providerInput,
  statusesInput,
} from './tool-schemas.js';

const inputSchema = z.strictObject({
  provider: providerInput,
  account: accountInput,
  meeting: meetingInput,
  status: statusesInput.optional().describe('Only lines in these statuses (all by default)'),
  limit: limitInput,
  cursor: cursorInput,
});

const outputSchema = z.object({
  meetingId: z.string(),
  masked: z.boolean().describe('Numbers are masked (the server runs without --show-numbers)'),
  phoneParticipants: z.array(phoneRecordSchema),
  totalLines: z
    .number()
    .optional()
    .describe("The meeting's phone lines in all, unfiltered, when the provider says"),
  nextCursor: z.string().optional().describe('Present when more lines follow'),
});

export function registerListPhoneParticipants(server: McpServer, context: ServerContext): void {
  server.registerTool(
    'list_phone_participants',
    {
      title: 'List a meeting’s phone participants',
      description:
        "A meeting's phone lines (numbers called out to or dialled in), in the provider's order, a page at a time, optionally only some statuses: number, name, status, times, duration and cost. Numbers are masked unless the server was started with --show-numbers.",
      inputSchema,
      outputSchema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    },
    (input, ctx) =>
      runTool(context, ctx.mcpReq.signal, async (run) => {
        const statuses = [...new Set(input.status ?? [])].sort();
        const of = listingKey(['phones', input.provider, input.account, input.meeting, statuses]);
        const start = decodeCursor(input.cursor, of, context.messages);
        const { provider } = await openToolProvider(run, input);
        // The ref may be a join code: the listing needs the provider's id, looked up without a
        // request where the ref already is one.
        const meetingId =
          provider.meetingIdOf?.(input.meeting) ??
          (await provider.getMeeting(input.meeting, { signal: run.signal })).id;
        const wanted = new Set(statuses);
        const window = await readWindow<PhoneParticipant>({
          fetch: (request) => provider.listPhoneParticipants(meetingId, request),
          pageSize: provider.capabilities.maxPageSize,
          start,
          limit: input.limit,
          keep: (line) => wanted.size === 0 || wanted.has(line.status),
          provider: provider.id,
          signal: run.signal,
        });
        const mask = !context.showNumbers;
        const rows = window.items.map((line) => toPhoneExportRecord(line, { mask }));
        return {
          structured: {
            meetingId,
            masked: mask,
            phoneParticipants: rows,
            ...(window.total === undefined ? {} : { totalLines: window.total }),
            ...(window.next ? { nextCursor: encodeCursor(of, window.next) } : {}),
          },
          text: context.messages.phonesText(rows.length, mask, window.next !== undefined),
        };
      }),
  );
}
