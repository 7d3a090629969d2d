import type { LiveMessages } from './live-messages.js';

type Help = Pick<LiveMessages, 'helpWatch' | 'helpCallout' | 'helpCancel'>;

const common = `  -p, --provider <id>     the provider: tencent, or one a plugin adds (callroll providers)
  -a, --account <name>    the account in the config file (default: "default", or the only one)`;

const tail = `  -v, --verbose           log every request (secrets redacted) to standard error
      --config <file>     the config file to read instead of the default one
  -h, --help              this help`;

/** The help of the live commands in English. */
export const liveHelpEn: Help = {
  helpWatch: `Usage: callroll watch --provider <id> <meeting-id-or-code> [options]

Follows a live meeting's phone lines until the meeting ends or Ctrl-C: each round reads every
line and shows what changed. On a terminal: a view redrawn in place, with the counts by status
and how they moved, the latest changes, the polling interval and the share of the account's
request limit it uses. Otherwise (or with -f ndjson): one JSON event per line (added,
status-changed, removed, round, meeting-ended) and a final summary; Ctrl-C leaves a whole file.

The wait between rounds grows with the meeting: a round costs one request per 100 lines, and
rounds are spaced so that no minute holds more than the share of the limit (Tencent: 300 a
minute per app; half by default, so the 10,000-callout meeting is read once a minute).

${common}
      --share <fraction>  the share of the account's request limit to use (default 0.5; 50% too)
      --interval <s>      the shortest wait between rounds, in seconds (default 5; the budget
                          may make it longer)
      --no-mask           show whole phone numbers (masked by default: +86 139****0350)
  -f, --format <format>   ndjson; a terminal gets the live view unless -f ndjson
  -o, --output <file>     write the NDJSON events to this file
${tail}`,

  helpCallout: `Usage: callroll callout --provider <id> <meeting-id-or-code> <number>... [options]
       callroll callout --provider <id> <meeting-id-or-code> --redial <status>... [options]

Calls numbers into a meeting: each is rung now, and the calls are charged. Numbers: E.164
(+8613800138000), a national number with --area, or an 11-digit Chinese mobile alone
(13800138000 is +86); a landline extension after "ext.", ",", "#" or "转" (+86 10 8888 6666
ext. 123). --redial calls again every number whose line in the meeting is now in one of the
statuses (its latest line, with the name it had), such as unanswered,cancelled.

On a terminal callout lists what it will call and asks; --yes skips the question, and without a
terminal --yes is required. Numbers go in batches of the provider's limit (Tencent: 30), one
request each, never retried: a failed batch stops the run and is reported with what was and was
not placed. The result is a table (or NDJSON, JSON, CSV) of placed, refused (with the
provider's reason), failed and not attempted; the exit code is 0 only if every number was placed.

${common}
      --area <code>       the country calling code of national numbers (86, 852, 1)
      --name <name>       the name the called numbers show in the meeting
      --redial <status>   call again the numbers in these statuses: calling, connected, ended,
                          unanswered, cancelled, unknown (repeat it, or separate with commas)
  -y, --yes               call without asking
  -f, --format <format>   table, json, ndjson or csv for the result
  -o, --output <file>     write the result to this file
      --mask              hide the middle digits of phone numbers
${tail}`,

  helpCancel: `Usage: callroll cancel --provider <id> <meeting-id-or-code> <number>... [options]

Cancels call-outs that are still ringing, in batches of the provider's limit, never retried. The
numbers are read as by callroll callout. The result is a table (or NDJSON, JSON, CSV) of
cancelled, refused (for instance no longer ringing, with the provider's reason), failed and not
attempted; the exit code is 0 only if every number was cancelled.

${common}
      --area <code>       the country calling code of national numbers (86, 852, 1)
  -f, --format <format>   table, json, ndjson or csv for the result
  -o, --output <file>     write the result to this file
      --mask              hide the middle digits of phone numbers
${tail}`,
};
