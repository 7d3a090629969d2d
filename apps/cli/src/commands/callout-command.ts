import { redialTargets, uniqueCallOutTargets } from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { parseStatuses } from '../cli/parse-statuses.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { CliContext } from '../run/cli-context.js';
import { confirmCallout } from '../run/confirm-callout.js';
import { meetingLabel, prepareCallouts } from '../run/prepare-callouts.js';
import { runCallouts } from '../run/run-callouts.js';

/** `callroll callout -p <id> <meeting> <number>... [--redial <status>...] [--yes]` */
export async function runCalloutCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { messages } = context;
  const { options } = line;
  const redial = parseStatuses(options.redial, messages, { option: '--redial', command: 'callout' });
  if (options.name !== undefined && line.positionals.length < 2) {
    throw new CliError(`${messages.live.nameWithoutNumbers} ${messages.seeHelp('callout')}`, exitCodes.usage);
  }
  const prepared = await prepareCallouts(context, line, 'callout', redial.size > 0);
  const { provider, meeting, format } = prepared;
  try {
    const targets = [...prepared.targets];
    if (redial.size > 0) {
      const found = await redialTargets(provider, meeting.id, redial, context.signal);
      if (found.uncallable > 0) context.stderr.write(`${messages.live.uncallable(found.uncallable)}\n`);
      targets.push(...found.targets);
    }
    // A number given twice, or given and found by --redial, is called once.
    const unique = uniqueCallOutTargets(targets);
    if (unique.length === 0) {
      context.stderr.write(`${messages.live.nothingToRedial([...redial], meetingLabel(meeting))}\n`);
      return;
    }
    await confirmCallout(context, {
      targets: unique,
      meeting: meetingLabel(meeting),
      batchSize: provider.capabilities.callOutBatchSize ?? unique.length,
      mask: options.mask,
      yes: options.yes,
    });
    await runCallouts(
      context,
      { operation: 'start', provider, meetingId: meeting.id, targets: unique, format, mask: options.mask },
      options,
    );
  } finally {
    await provider.close?.();
  }
}
