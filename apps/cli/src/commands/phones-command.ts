import type { CommandLine } from '../cli/parse-command-line.js';
import { parseStatuses } from '../cli/parse-statuses.js';
import { phoneColumns } from '../output/phone-columns.js';
import { openProvider } from '../providers/open-provider.js';
import { type CliContext, logLine } from '../run/cli-context.js';
import { readCommandRefs, resolveCommandRefs } from '../run/command-meeting-refs.js';
import { exportPhones } from '../run/export-phones.js';
import { openFormat, openListingOutput } from '../run/listing-output.js';
import { MeetingFailures } from '../run/meeting-failures.js';

/** `callroll phones --provider <id> <meeting>... [--ids-from <file>] [--status <s>...] [--fail-fast]` */
export async function runPhonesCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { messages } = context;
  const { options } = line;
  const { refs, duplicates } = await readCommandRefs(context, line, 'phones', messages.argumentMeetingIds);
  const statuses = parseStatuses(options.status, messages);
  const format = openFormat(context, options);
  const { provider, factory } = await openProvider(context, 'phones', options);
  try {
    if (duplicates > 0) logLine(context, `callroll: ${messages.duplicateRefs(duplicates)}`);
    // One meeting keeps the plain behaviour: its error is the command's. Many go on past failures.
    const many = refs.length > 1 || options.idsFrom !== undefined;
    const failures = many && !options.failFast ? new MeetingFailures(context, factory) : undefined;
    const resolution = await resolveCommandRefs(context, provider, refs, { withMeetings: false, failures });
    const output = await openListingOutput(
      context,
      format,
      options,
      phoneColumns({
        messages,
        // Asked only by a table's times: JSON, NDJSON and CSV never start Intl for it.
        get timeZone() {
          return context.timeZone;
        },
        mask: options.mask,
        showMeeting: many,
      }),
    );
    for (const failure of resolution.failures) await failures?.add(failure, output.writer);
    await exportPhones(context, provider, resolution.meetings, output, {
      keep: statuses.size === 0 ? undefined : (phone) => statuses.has(phone.status),
      failures,
    });
    failures?.finish(refs.length);
  } finally {
    await provider.close?.();
  }
}
