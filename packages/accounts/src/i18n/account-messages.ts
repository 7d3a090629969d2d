import type { CallOutNumberProblem, PhoneStatus } from '@callroll/core';

/** The messages that name something of the front end (`FrontEndWords`). */
export type WordedMessage =
  | 'accountAmbiguous'
  | 'notFound'
  | 'rateLimited'
  | 'dailyLimit'
  | 'invalidResponse'
  | 'internalError'
  | 'numberProblem';

/** What a JSON text holds at its top, when it is not an object. */
export type JsonKind = 'array' | 'null' | 'string' | 'number' | 'boolean';

/**
 * The strings every front end shares: the config file, plugins, an account's settings, a
 * provider's errors and the numbers to call, each in one line. A front end's own messages extend
 * these; English and Chinese both implement them, so a string missing in either is a type error.
 */
export interface AccountMessages {
  unknownProvider: (id: string, known: readonly string[]) => string;
  /** `what` is one of `capability`'s words, or the front end's own. */
  notSupported: (provider: string, what: string) => string;
  phoneStatus: Record<PhoneStatus, string>;
  capability: {
    listMeetings: string;
    listParticipants: string;
    meetingCodes: string;
    callOut: string;
  };

  // Configuration and settings
  configUnreadable: (path: string, reason: string) => string;
  /** `size` is undefined when the file is no regular file (a pipe) and only its reading told. */
  configTooLarge: (path: string, size: string | undefined, limit: string) => string;
  configNotObject: (path: string, found: JsonKind) => string;
  configNotJson: (path: string, where: string) => string;
  configInvalid: (path: string, problems: string) => string;
  configUnknownKeys: (where: string, keys: readonly string[]) => string;
  configWrongType: (where: string, expected: string) => string;
  configBadValue: (where: string) => string;
  configSecret: (path: string, provider: string, account: string, field: string, envName: string) => string;
  configUnknownSetting: (
    path: string,
    provider: string,
    account: string,
    field: string,
    known: string,
  ) => string;
  accountNotFound: (provider: string, account: string, path: string, available: readonly string[]) => string;
  accountAmbiguous: (provider: string, path: string, available: readonly string[]) => string;
  pluginNotFound: (specifier: string, path: string) => string;
  pluginFailed: (specifier: string, reason: string) => string;
  pluginWithoutFactory: (specifier: string) => string;
  pluginDuplicate: (id: string, first: string, second: string) => string;
  settingsInvalid: (provider: string, problems: string, hint: string) => string;
  settingsHintEnv: (secretVariables: readonly string[]) => string;
  settingsHintFile: (path: string, account: string | undefined) => string;
  settingEnvProblem: (variable: string, problem: string) => string;
  settingFileProblem: (field: string, account: string, problem: string) => string;
  problemText: (problem: string) => string;
  /** Between the problems of one message. */
  problemSeparator: string;
  /** A file system error code in words. */
  ioReason: (code: string | undefined) => string;

  // Errors from providers
  authenticationFailed: (provider: string, code: string | undefined, variables: readonly string[]) => string;
  permissionDenied: (provider: string, code: string | undefined) => string;
  notFound: (provider: string, resource: string, id: string | undefined) => string;
  rateLimited: (provider: string) => string;
  /** A daily quota: no retry helps until it resets. */
  dailyLimit: (provider: string, code: string | undefined) => string;
  /** `attempts`: how many times it was tried, when more than once. */
  networkFailed: (provider: string, code: string | undefined, attempts: number | undefined) => string;
  timedOut: (provider: string, ms: number | undefined) => string;
  invalidResponse: (provider: string, field: string | undefined, attempts: number | undefined) => string;
  responseTooLarge: (provider: string, capBytes: number) => string;
  providerFailed: (provider: string, code: string | undefined, detail: string) => string;
  invalidArgument: (provider: string, problems: string) => string;
  internalError: (message: string) => string;
  /** Stands for the provider when an error names none. */
  unnamedProvider: string;

  // Numbers to call
  badNumbers: (items: readonly string[]) => string;
  badNumber: (text: string, reason: string) => string;
  numberProblem: (
    problem: CallOutNumberProblem,
    callingCode: string | undefined,
    served: readonly string[],
  ) => string;
}
