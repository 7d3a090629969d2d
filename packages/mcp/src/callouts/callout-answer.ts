import { describeFailure } from '@callroll/accounts';
import {
  type CallOutTarget,
  cancelCallouts,
  type ProviderV1,
  placeCallouts,
  toCallOutRecord,
} from '@callroll/core';
import { z } from 'zod';
import type { CallOutOperation } from '../i18n/mcp-messages.js';
import type { ToolAnswer, ToolRun } from '../server/tool-run.js';

const text = z.string().nullable();

export const calloutOutputSchema = z.object({
  meetingId: z.string(),
  operation: z.enum(['start', 'cancel']),
  complete: z.boolean().describe('Every number was placed (or cancelled)'),
  counts: z.object({
    accepted: z.number(),
    refused: z.number(),
    failed: z.number(),
    notAttempted: z.number(),
  }),
  numbers: z.array(
    z.object({
      phone: z.string().describe('Masked unless the server runs with --show-numbers'),
      e164: text,
      extension: text,
      name: text,
      result: z.enum(['placed', 'cancelled', 'refused', 'failed', 'not-attempted']),
      reason: text.describe("The provider's reason for a refusal, or the failed request's error"),
      batch: z.number().nullable(),
    }),
  ),
  uncallable: z
    .number()
    .optional()
    .describe('redial: lines in those statuses without a number that can be called'),
});

export type CalloutOutput = z.infer<typeof calloutOutputSchema>;

/**
 * Places (or cancels) the calls through the core's batching, which never retries: a failed batch
 * is reported for each of its numbers and the rest are not attempted, so nothing is rung twice.
 */
export async function calloutAnswer(
  run: ToolRun,
  provider: ProviderV1,
  request: {
    operation: CallOutOperation;
    meetingId: string;
    targets: readonly CallOutTarget[];
    uncallable?: number;
  },
): Promise<ToolAnswer<CalloutOutput>> {
  const { messages } = run.context;
  const execute = request.operation === 'start' ? placeCallouts : cancelCallouts;
  const report = await execute(provider, request.meetingId, request.targets, { signal: run.signal });
  const describe = (error: unknown) => describeFailure(error, { messages, factory: run.factory }).line;
  const numbers = report.outcomes.map((outcome) =>
    toCallOutRecord(outcome, { operation: request.operation, mask: !run.context.showNumbers, describe }),
  );
  const lines = [messages.calloutsText(request.operation, report.counts)];
  if (report.failure !== undefined) lines.push(describe(report.failure));
  if (report.counts.failed > 0) lines.push(messages.failedHint);
  if (request.uncallable) lines.push(messages.uncallable(request.uncallable));
  return {
    structured: {
      meetingId: request.meetingId,
      operation: request.operation,
      complete: report.complete,
      counts: {
        accepted: report.counts.accepted,
        refused: report.counts.refused,
        failed: report.counts.failed,
        notAttempted: report.counts['not-attempted'],
      },
      numbers,
      ...(request.uncallable === undefined ? {} : { uncallable: request.uncallable }),
    },
    text: lines.join(' '),
  };
}
