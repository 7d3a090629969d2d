import {
  AbortedError,
  type CallOutReport,
  type CallOutTarget,
  cancelCallouts,
  type ProviderV1,
  placeCallouts,
} from '@callroll/core';
import type { CliOptions } from '../cli/option-specs.js';
import { CliError } from '../errors/cli-error.js';
import { describeError } from '../errors/describe-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { CallOutOperation } from '../i18n/live-messages.js';
import { calloutColumns } from '../output/callout-columns.js';
import type { OutputFormat } from '../output/output-format.js';
import type { CliContext } from './cli-context.js';
import { completeListing, openListingOutput } from './listing-output.js';

export interface CalloutRun {
  operation: CallOutOperation;
  provider: ProviderV1;
  meetingId: string;
  targets: readonly CallOutTarget[];
  format: OutputFormat;
  mask: boolean;
}

/**
 * Places (or cancels) the calls through the core's batching, then writes one result row per
 * number. Exit code 0 only when every number was taken; otherwise 20 with one line that counts
 * the outcomes and words a failed batch's error. Ctrl-C stops between batches (130).
 */
export async function runCallouts(
  context: CliContext,
  run: CalloutRun,
  options: Pick<CliOptions, 'output'>,
): Promise<void> {
  const { messages } = context;
  const live = messages.live;
  const describe = (error: unknown) =>
    describeError(error, { messages, interrupted: undefined, factory: context.inUse.factory }).line ?? '';
  const output = await openListingOutput(
    context,
    run.format,
    options,
    calloutColumns({ messages, operation: run.operation, mask: run.mask, describe }),
  );
  const progress = context.stderr.isTTY === true && !context.verbose;
  const execute = run.operation === 'start' ? placeCallouts : cancelCallouts;
  let report: CallOutReport | undefined;
  await completeListing(output, async () => {
    report = await execute(run.provider, run.meetingId, run.targets, {
      signal: context.signal,
      onBatch: ({ batch, batches }) => {
        if (progress) context.stderr.write(`\r\x1b[K${live.batchProgress(run.operation, batch, batches)}`);
      },
    });
    if (progress) context.stderr.write('\r\x1b[K');
    for (const outcome of report.outcomes) {
      const pending = output.writer.write(outcome);
      if (pending) await pending;
    }
  });
  if (!report) return;
  if (report.aborted) throw new AbortedError({ cause: context.signal.reason });
  if (!report.complete) {
    const parts = [live.notAll(run.operation, report.counts)];
    if (report.failure !== undefined) parts.push(describe(report.failure));
    if (report.counts.failed > 0) parts.push(live.failedHint);
    throw new CliError(parts.join(' '), exitCodes.notAllPlaced);
  }
}
