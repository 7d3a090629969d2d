import { accountMessagesEn } from '@callroll/accounts/i18n';
import { cliWords } from './cli-words.js';
import { helpEn } from './help-en.js';
import { liveMessagesEn } from './live-messages-en.js';
import type { Messages } from './messages.js';

const list = (items: readonly string[]) => items.join(', ');

export const messagesEn: Messages = {
  ...accountMessagesEn(cliWords.en),
  ...helpEn,

  unknownCommand: (name) => `"${name}" is not a callroll command.`,
  unknownOption: (option, command) => `${command} has no option ${option}.`,
  optionNotForCommand: (option, command) => `${option} does not apply to "${command}".`,
  optionNeedsValue: (option) => `${option} needs a value.`,
  optionTakesNoValue: (option) => `${option} takes no value.`,
  optionRepeated: (option) => `${option} was given more than once.`,
  missingArgument: (what, command) => `"${command}" needs ${what}.`,
  unexpectedArgument: (argument, command) => `"${command}" takes no argument "${argument}".`,
  providerRequired: (command) => `"${command}" needs --provider <id> (see callroll providers).`,
  invalidFormat: (value, allowed) => `"${value}" is not a format; use one of ${list(allowed)}.`,
  invalidStatus: (value, allowed) => `"${value}" is not a phone status; use one of ${list(allowed)}.`,
  statusListEmpty: (option, allowed) =>
    `${option} names no status; give one or more of ${list(allowed)}, separated by commas.`,
  invalidDate: (option, value) =>
    `${option} "${value}" is not a date; write 2026-11-01, "2026-11-01 09:00" or 2026-11-01T09:00:00+08:00.`,
  rangeReversed: '--from must be before --to.',
  seeHelp: (command) => `Run "callroll${command ? ` ${command}` : ''} --help" for the usage.`,
  argumentMeetingRef: 'a meeting id or code',
  argumentMeetingIds: 'one or more meeting ids',

  outputFailed: (path, reason) => `Cannot write ${path}: ${reason}.`,

  interrupted: 'Interrupted.',
  interruptedRows: (rows, path) =>
    `Interrupted: ${path} holds the ${rows.toLocaleString('en')} whole rows written before.`,
  failedRows: (rows, path) =>
    `${path} holds the ${rows.toLocaleString('en')} whole rows written before the error.`,
  interruptAgain: 'Stopping… (press Ctrl-C again to quit at once)',
  progressRows: (done, total, rate) => `${total === undefined ? done : `${done} / ${total}`} rows  ${rate}/s`,
  progressMeeting: (index, count) => `meeting ${index}/${count}`,
  progressMeetings: (done, count) => `meetings ${done.toLocaleString('en')} / ${count.toLocaleString('en')}`,

  refArgument: (position) => `argument ${position}`,
  standardInput: 'standard input',
  idsFromUnreadable: (file, reason) => `Cannot read the meeting ids in ${file}: ${reason}.`,
  idsFromLineTooLong: (where) => `${where} is too long for a meeting id or code (over 1,000 characters).`,
  idsFromTooMany: (file, max) =>
    `${file} holds more than ${max.toLocaleString('en')} meeting ids; split it into several runs.`,
  refInvalid: (where, ref, problems) =>
    `${where}: "${ref.length > 60 ? `${ref.slice(0, 60)}…` : ref}" is not a meeting id or code: ${problems}.`,
  duplicateRefs: (count) =>
    `note: ${count.toLocaleString('en')} meeting id${count === 1 ? ' was' : 's were'} given more than once and read once.`,
  sameMeetingRefs: (count) =>
    `note: ${count.toLocaleString('en')} id${count === 1 ? '' : 's'} named a meeting already asked for (a code and its id), read once.`,
  meetingSkipped: (where, reason) => `warning: skipped the meeting of ${where}: ${reason}`,
  someMeetingsFailed: (asked, notFound, others) =>
    `${[
      notFound > 0
        ? `${notFound.toLocaleString('en')} of ${asked.toLocaleString('en')} meetings ${notFound === 1 ? 'was' : 'were'} not found`
        : '',
      others > 0 ? `${others.toLocaleString('en')} could not be read (see the warnings above)` : '',
    ]
      .filter(Boolean)
      .join('; ')}; every other meeting was written.`,
  verboseSettings: (provider, fromEnv, fromFile) =>
    `settings of ${provider}: from the environment ${fromEnv.length ? list(fromEnv) : '(none)'}; from the config file ${fromFile.length ? list(fromFile) : '(none)'}`,
  verboseRetry: (delayMs, reason) => `retrying in ${delayMs} ms: ${reason}`,
  rateLimitWait: (provider, delayMs, reason) =>
    `${provider}'s rate limit is reached (${reason}): waiting ${Math.ceil(delayMs / 1000)} s for its window to reopen, then going on…`,
  verboseError: (kind, message) => `failed (${kind}): ${message}`,
  verboseConfig: (path, exists) => `config file: ${path}${exists ? '' : ' (none there)'}`,

  columns: {
    meeting: 'meeting',
    number: 'number',
    name: 'name',
    direction: 'direction',
    status: 'status',
    joined: 'joined',
    left: 'left',
    duration: 'duration',
    cost: 'cost',
    id: 'id',
    code: 'code',
    topic: 'topic',
    start: 'start',
    end: 'end',
    host: 'host',
  },
  meetingStatus: {
    scheduled: 'scheduled',
    live: 'live',
    ended: 'ended',
    cancelled: 'cancelled',
    unknown: 'unknown',
  },
  direction: { 'call-out': 'call-out', 'call-in': 'call-in', 'toll-free': 'toll-free', unknown: 'unknown' },
  noRows: '(no rows)',
  rowCount: (rows) => `${rows.toLocaleString('en')} ${rows === 1 ? 'row' : 'rows'}`,

  providerSource: (source) => `plugin ${source}`,
  builtIn: 'built in',
  capabilitiesLine: (capabilities, maxPageSize) =>
    `can: ${capabilities.length ? list(capabilities) : 'phone participants only'}; pages of up to ${maxPageSize}`,
  settingsHeading: 'settings:',
  settingFlags: ({ required, secret, defaultValue }) =>
    [
      required ? 'required' : defaultValue === undefined ? 'optional' : `default ${defaultValue}`,
      ...(secret ? ['secret: environment only'] : []),
    ].join(', '),
  settingState: (state) =>
    ({
      env: 'set in the environment',
      file: 'set in the config file',
      default: 'default',
      missing: 'MISSING',
      unset: 'not set',
    })[state],
  noPlugins: (path) => `No plugins are named in ${path}.`,

  summary: {
    topic: 'Meeting',
    id: 'Id',
    code: 'Code',
    status: 'Status',
    start: 'Start',
    end: 'End',
    host: 'Host',
    phones: 'Phone participants',
    byStatus: 'By status',
    duration: 'Total duration',
    cost: 'Total cost',
    notReported: 'not reported by the provider',
    rawStatuses: (list) => `(provider statuses: ${list})`,
    durationValue: (text, lines) => `${text} (${lines.toLocaleString('en')} lines with a duration)`,
  },

  demo: {
    title: (url, seed) => `callroll demo: the Callroll emulator at ${url} (seed "${seed}")`,
    step: (index, text) => `\n${index}. ${text}`,
    byStatus: "A Tencent meeting's callouts by status",
    firstRows: (rows) => `Its first ${rows} callouts (numbers masked)`,
    systecMonth: 'A Systec UMeeting month: its meetings and their telephony cost',
    systecCalls: 'calls',
    systecTotals: (meetings, calls, cost) =>
      `… ${meetings.toLocaleString('en')} meetings in all, ${calls.toLocaleString('en')} phone calls, ${cost} (summed exactly)`,
    export: 'Every callout of the large meeting, exported to CSV',
    exported: (rows, path, bytes) => `Wrote ${rows.toLocaleString('en')} rows (${bytes}) to ${path}`,
    firstLines: 'Its first lines:',
    stopped: '\nStopped the emulator.',
    elapsed: (seconds) => `Done in ${seconds} s.`,
    tryIt:
      'Against your own accounts: set CALLROLL_TENCENT_* or CALLROLL_SYSTEC_* (callroll providers lists them) and run the commands above.',
  },
  live: liveMessagesEn,
};
