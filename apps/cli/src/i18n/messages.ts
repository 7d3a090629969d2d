import type { AccountMessages } from '@callroll/accounts/i18n';
import type { MeetingStatus, PhoneDirection } from '@callroll/core';
import type { LiveMessages } from './live-messages.js';

/**
 * Every user-facing string of the CLI: the shared ones (the config file, settings, providers'
 * errors) and its own. English and Chinese both implement this interface, so a string missing in
 * either language is a type error rather than a surprise at run time.
 */
export interface Messages extends AccountMessages {
  // Help
  helpMain: (version: string, configPath: string) => string;
  helpProviders: string;
  helpMeetings: string;
  helpMeeting: string;
  helpPhones: string;
  helpDemo: string;

  // Usage errors
  unknownCommand: (name: string) => string;
  unknownOption: (option: string, command: string) => string;
  optionNotForCommand: (option: string, command: string) => string;
  optionNeedsValue: (option: string) => string;
  optionTakesNoValue: (option: string) => string;
  optionRepeated: (option: string) => string;
  missingArgument: (what: string, command: string) => string;
  unexpectedArgument: (argument: string, command: string) => string;
  providerRequired: (command: string) => string;
  invalidFormat: (value: string, allowed: readonly string[]) => string;
  invalidStatus: (value: string, allowed: readonly string[]) => string;
  statusListEmpty: (option: string, allowed: readonly string[]) => string;
  invalidDate: (option: string, value: string) => string;
  rangeReversed: string;
  seeHelp: (command: string | undefined) => string;
  argumentMeetingRef: string;
  argumentMeetingIds: string;

  // Errors of the CLI itself
  outputFailed: (path: string, reason: string) => string;

  // Progress and notices
  interrupted: string;
  interruptedRows: (rows: number, path: string) => string;
  failedRows: (rows: number, path: string) => string;
  interruptAgain: string;
  progressRows: (done: string, total: string | undefined, rate: string) => string;
  progressMeeting: (index: number, count: number) => string;
  /** Many meetings: how many are done (written or failed) of how many. */
  progressMeetings: (done: number, count: number) => string;

  // Many meetings
  /** Where a ref given on the command line came from. */
  refArgument: (position: number) => string;
  standardInput: string;
  idsFromUnreadable: (file: string, reason: string) => string;
  idsFromLineTooLong: (where: string) => string;
  idsFromTooMany: (file: string, max: number) => string;
  refInvalid: (where: string, ref: string, problems: string) => string;
  duplicateRefs: (count: number) => string;
  sameMeetingRefs: (count: number) => string;
  /** A meeting that could not be read, as a warning: the others go on. */
  meetingSkipped: (where: string, reason: string) => string;
  someMeetingsFailed: (asked: number, notFound: number, others: number) => string;
  verboseSettings: (provider: string, fromEnv: readonly string[], fromFile: readonly string[]) => string;
  verboseRetry: (delayMs: number, reason: string) => string;
  /** Said on stderr (not only with --verbose) when a rate-limit window is waited out. */
  rateLimitWait: (provider: string, delayMs: number, reason: string) => string;
  verboseError: (kind: string, message: string) => string;
  verboseConfig: (path: string, exists: boolean) => string;

  // Tables and labels
  columns: {
    meeting: string;
    number: string;
    name: string;
    direction: string;
    status: string;
    joined: string;
    left: string;
    duration: string;
    cost: string;
    id: string;
    code: string;
    topic: string;
    start: string;
    end: string;
    host: string;
  };
  meetingStatus: Record<MeetingStatus, string>;
  direction: Record<PhoneDirection, string>;
  noRows: string;
  rowCount: (rows: number) => string;

  // callroll providers
  providerSource: (source: string) => string;
  builtIn: string;
  capabilitiesLine: (capabilities: readonly string[], maxPageSize: number) => string;
  settingsHeading: string;
  settingFlags: (flags: { required: boolean; secret: boolean; defaultValue: string | undefined }) => string;
  settingState: (state: 'env' | 'file' | 'default' | 'missing' | 'unset') => string;
  noPlugins: (path: string) => string;

  // callroll meeting
  summary: {
    topic: string;
    id: string;
    code: string;
    status: string;
    start: string;
    end: string;
    host: string;
    phones: string;
    byStatus: string;
    duration: string;
    cost: string;
    notReported: string;
    rawStatuses: (list: string) => string;
    durationValue: (text: string, lines: number) => string;
  };

  // callroll demo
  demo: {
    title: (url: string, seed: string) => string;
    step: (index: number, text: string) => string;
    byStatus: string;
    firstRows: (rows: number) => string;
    systecMonth: string;
    systecCalls: string;
    systecTotals: (meetings: number, calls: number, cost: string) => string;
    export: string;
    exported: (rows: number, path: string, bytes: string) => string;
    firstLines: string;
    stopped: string;
    elapsed: (seconds: string) => string;
    tryIt: string;
  };

  // callroll watch, callout and cancel
  live: LiveMessages;
}
