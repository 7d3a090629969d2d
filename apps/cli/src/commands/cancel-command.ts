import type { CommandLine } from '../cli/parse-command-line.js';
import type { CliContext } from '../run/cli-context.js';
import { prepareCallouts } from '../run/prepare-callouts.js';
import { runCallouts } from '../run/run-callouts.js';

/**
 * `callroll cancel -p <id> <meeting> <number>...`: no question asked, since a cancel only stops
 * calls still ringing and costs nothing.
 */
export async function runCancelCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { provider, meeting, targets, format } = await prepareCallouts(context, line, 'cancel', false);
  try {
    await runCallouts(
      context,
      { operation: 'cancel', provider, meetingId: meeting.id, targets, format, mask: line.options.mask },
      line.options,
    );
  } finally {
    await provider.close?.();
  }
}
