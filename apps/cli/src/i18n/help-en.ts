import type { Messages } from './messages.js';

type Help = Pick<
  Messages,
  'helpMain' | 'helpProviders' | 'helpMeetings' | 'helpMeeting' | 'helpPhones' | 'helpDemo'
>;

const listingOptions = `Listing options:
  -f, --format <format>   table, json, ndjson or csv (default: table on a terminal, else from
                          the --output file's extension, else ndjson)
  -o, --output <file>     write to this file, row by row, instead of standard output
      --mask              hide the middle digits of phone numbers (+86 139****0350)
  -v, --verbose           log every request (secrets redacted) to standard error
      --config <file>     the config file to read instead of the default one
  -h, --help              this help`;

const accountOptions = `  -p, --provider <id>     the provider: tencent, or one a plugin adds (callroll providers)
  -a, --account <name>    the account in the config file (default: "default", or the only one)`;

const manyOptions = `      --ids-from <file>   more meetings, one id or pasted code a line ("# " starts a comment;
                          - reads standard input); each is read once
      --fail-fast         stop at the first meeting that cannot be read (exit code of its
                          kind); otherwise it is a warning, the others are written, and the
                          command ends with exit code 11 (some not found) or 12 (some failed)`;

/** The help texts in English: kept apart from the short messages, which they would outgrow. */
export const helpEn: Help = {
  helpMain: (version, configPath) => `callroll ${version}: the phone participants of your video meetings

Usage: callroll <command> [options]

Commands:
  providers                              providers, their capabilities and settings
  meetings --provider <id>               meetings of a date range
  meeting  --provider <id> <id-or-code>  one meeting and a summary of its phone participants
  phones   --provider <id> <id>...       phone participants of one or more meetings
  demo                                   a tour of callroll against a local emulator
  watch    --provider <id> <id-or-code>  follow a live meeting's phone lines as they change
  callout  --provider <id> <id> <number>...  call numbers into a meeting (--redial <status>...)
  cancel   --provider <id> <id> <number>...  cancel call-outs still ringing
  mcp      [--allow-callouts] [--show-numbers]  serve these to an AI assistant (MCP over stdio)
  help [command]                         this help, or a command's

Every listing takes --format table|json|ndjson|csv, --output <file>, --mask and --verbose.

Settings come from CALLROLL_<PROVIDER>_<SETTING> environment variables (the only place for
secrets) and from named accounts in the config file:
  ${configPath}
Messages are in English or Chinese by the system locale; CALLROLL_LANG=en or zh-CN chooses.

Exit codes: 0 done, 1 internal error, 2 usage, 3 settings or config, 4 authentication,
5 permission, 6 not found, 7 rate limited, 8 network, 9 provider error, 10 output,
130 interrupted (Ctrl-C), 143 terminated.
callout and cancel: 20 not every number placed (or cancelled), 21 not confirmed.

Run "callroll <command> --help" for a command's options.`,

  helpProviders: `Usage: callroll providers [options]

Lists the providers callroll knows (built in, and those of plugins named in the config file),
what each can do, and the settings each needs with their environment variables. Shows whether
each setting is set, never its value.

${listingOptions}`,

  helpMeetings: `Usage: callroll meetings --provider <id> [--from <date>] [--to <date>] [options]

Lists the meetings that overlap a date range.

${accountOptions}
      --from <date>       start: 2026-11-01, "2026-11-01 09:00" (your time zone) or ISO 8601
                          with an offset (default: 30 days ago)
      --to <date>         end; a date alone includes that whole day (default: now)

${listingOptions}`,

  helpMeeting: `Usage: callroll meeting --provider <id> <meeting-id-or-code>... [options]

Shows a meeting and a summary of its phone participants: how many, how many in each status,
the total duration and the total cost. Tencent Meeting also takes the 9-digit meeting code,
as people paste it ("#腾讯会议：123-456-789"). Several meetings are read together (in shared
calls where the provider allows) and summarised one after another.

${accountOptions}
${manyOptions}

${listingOptions}`,

  helpPhones: `Usage: callroll phones --provider <id> <meeting-id-or-code>... [--status <status>...] [options]

Lists the phone participants of one or more meetings: number, name, direction, status, times,
duration and cost. Streams: rows are written as they arrive, meeting after meeting in the order
given (the next meetings are read meanwhile), and Ctrl-C leaves a file that ends with a whole row.

${accountOptions}
      --status <status>   only these statuses: calling, connected, ended, unanswered,
                          cancelled, unknown (repeat it, or separate with commas)
${manyOptions}

${listingOptions}`,

  helpDemo: `Usage: callroll demo [--output-dir <dir>] [--verbose]

Starts the Callroll emulator with a fixed seed on a free loopback port, points the providers at
it and shows what callroll does: a Tencent meeting's callouts by status, and an export to CSV.
Then stops the emulator. Needs no account and no network.

      --output-dir <dir>  where the CSV export goes (default: a new temporary folder)
  -v, --verbose           log every request (secrets redacted) to standard error
  -h, --help              this help`,
};
