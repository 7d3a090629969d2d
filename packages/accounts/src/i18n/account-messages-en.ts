import type { AccountMessages, JsonKind, WordedMessage } from './account-messages.js';
import type { FrontEndWords } from './front-end-words.js';

const list = (items: readonly string[]) => items.join(', ');
const tried = (attempts: number | undefined) =>
  attempts !== undefined && attempts > 1 ? `, after ${attempts} attempts` : '';
const bytes = (value: number) =>
  value >= 1024 * 1024 ? `${(value / (1024 * 1024)).toFixed(0)} MiB` : `${value.toLocaleString('en')} bytes`;
const codes = (served: readonly string[]) => served.map((code) => `+${code}`).join(', ');

const configShape =
  'It must be a file holding one JSON object with "plugins" (a list) and "accounts", such as {"plugins": [], "accounts": {}}.';
const jsonKinds: Record<JsonKind, string> = {
  array: 'a list',
  null: 'null',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

const fixed: Omit<AccountMessages, WordedMessage> = {
  unknownProvider: (id, known) =>
    `There is no provider "${id}"; known: ${list(known)}. A plugin's provider must be named in the config file's "plugins".`,
  notSupported: (provider, what) => `${provider} cannot ${what}.`,
  phoneStatus: {
    calling: 'calling',
    connected: 'connected',
    ended: 'ended',
    unanswered: 'unanswered',
    cancelled: 'cancelled',
    unknown: 'unknown',
  },
  capability: {
    listMeetings: 'list meetings',
    listParticipants: 'app participants',
    meetingCodes: 'meeting codes',
    callOut: 'call out',
  },

  configUnreadable: (path, reason) => `Cannot read the config file ${path}: ${reason}. ${configShape}`,
  configTooLarge: (path, size, limit) =>
    `The config file ${path} is ${size === undefined ? 'larger than' : `${size}, over`} the limit of ${limit}, so it was not read. ${configShape}`,
  configNotObject: (path, found) =>
    `The config file ${path} holds ${jsonKinds[found]}, not an object. ${configShape}`,
  configNotJson: (path, where) => `The config file ${path} is not valid JSON${where}; fix or remove it.`,
  configInvalid: (path, problems) => `The config file ${path} is not valid: ${problems}.`,
  configUnknownKeys: (where, keys) => `${where || 'the top level'} has unknown key(s) ${list(keys)}`,
  configWrongType: (where, expected) =>
    `${where} must be ${({ array: 'a list', object: 'an object', scalar: 'a string, number or boolean' } as Record<string, string>)[expected] ?? `a ${expected}`}`,
  configBadValue: (where) => `${where} is not valid`,
  configSecret: (path, provider, account, field, envName) =>
    `The config file ${path} holds the secret "${field}" in account "${account}" of ${provider}: secrets may come only from the environment (${envName}). Remove it from the file.`,
  configUnknownSetting: (path, provider, account, field, known) =>
    `The config file ${path} has an unknown setting "${field}" in account "${account}" of ${provider}; known: ${known}.`,
  accountNotFound: (provider, account, path, available) =>
    available.length === 0
      ? `There is no account "${account}" of ${provider} in ${path}; it has none.`
      : `There is no account "${account}" of ${provider} in ${path}; it has ${list(available)}.`,
  pluginNotFound: (specifier, path) =>
    `The plugin "${specifier}" named in ${path} is not installed; install it where callroll is installed, or fix the name.`,
  pluginFailed: (specifier, reason) => `The plugin "${specifier}" failed to load: ${reason}.`,
  pluginWithoutFactory: (specifier) =>
    `The plugin "${specifier}" exports no v1 provider factory (ProviderFactoryV1).`,
  pluginDuplicate: (id, first, second) => `Two plugins provide "${id}": ${first} and ${second}; keep one.`,
  settingsInvalid: (provider, problems, hint) => `Settings of ${provider}: ${problems}. ${hint}`,
  settingsHintEnv: (secretVariables) =>
    secretVariables.length === 0
      ? 'Set them in the environment.'
      : `Set them in the environment; secrets (${list(secretVariables)}) can come only from there.`,
  settingsHintFile: (path, account) =>
    account === undefined
      ? ` Non-secret settings may also go in an account in ${path}.`
      : ` Non-secret settings may also go in account "${account}" in ${path}.`,
  settingEnvProblem: (variable, problem) => `${variable} ${problem}`,
  settingFileProblem: (field, account, problem) => `"${field}" of account "${account}" ${problem}`,
  problemText: (problem) => problem,
  problemSeparator: '; ',
  ioReason: (code) =>
    ({
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EISDIR: 'it is a folder',
      ENOSPC: 'the disk is full',
      EROFS: 'the file system is read-only',
      EPIPE: 'the reader closed the pipe',
    })[code ?? ''] ??
    code ??
    'unknown error',

  authenticationFailed: (provider, code, variables) =>
    `${provider} rejected the credentials${code ? ` (code ${code})` : ''}; check ${list(variables)}.`,
  permissionDenied: (provider, code) =>
    `${provider} refused: this account is not allowed to do that${code ? ` (code ${code})` : ''}. Use an account with the right role (for Tencent: the meeting's creator, host or co-host).`,
  networkFailed: (provider, code, attempts) =>
    `Cannot reach ${provider}${code ? ` (${code})` : ''}${tried(attempts)}; check the network and the server address (baseURL setting), then try again.`,
  timedOut: (provider, ms) =>
    `${provider} did not answer in time${ms ? ` (${ms} ms)` : ''}; try again later.`,
  responseTooLarge: (provider, capBytes) =>
    `${provider} sent an answer larger than callroll's cap of ${bytes(capBytes)}; it was not read. Ask for smaller pages, or report it.`,
  providerFailed: (provider, code, detail) =>
    `${provider} answered with an error${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}.`,
  invalidArgument: (provider, problems) => `${provider} cannot take that: ${problems}.`,
  unnamedProvider: 'The provider',

  badNumbers: (items) => `Cannot call ${items.join('; ')}. Nothing was called.`,
  badNumber: (text, reason) => `"${text}" (${reason})`,
};

/** The shared messages in English, with the front end's own words. */
export function accountMessagesEn(words: FrontEndWords): AccountMessages {
  return {
    ...fixed,
    accountAmbiguous: (provider, path, available) =>
      `${path} has several accounts of ${provider} (${list(available)}) and none is "default"; choose one with ${words.accountChoice}.`,
    notFound: (provider, resource, id) =>
      `${provider} has no ${resource}${id ? ` "${id}"` : ''}; check the id (${words.meetingListing} lists them).`,
    rateLimited: (provider) =>
      `${provider} is still rate limiting after waiting for its window several times; wait a minute and ${words.again}.`,
    dailyLimit: (provider, code) =>
      `${provider}'s daily limit of API calls is used up${code ? ` (code ${code})` : ''}; it resets at midnight (server time): ${words.again} tomorrow.`,
    invalidResponse: (provider, field, attempts) =>
      `${provider} sent an answer callroll cannot read${field ? ` (at ${field})` : ''}${tried(attempts)}; try again, and report it if it persists${words.requestLogHint}.`,
    internalError: (message) => `Internal error: ${message}. Please report it with ${words.reportWith}.`,
    numberProblem: (problem, callingCode, served) =>
      ({
        empty: 'no number',
        unreadable: 'not a phone number',
        'needs-calling-code': `a national number: write it as +86… or give ${words.callingCodeChoice}`,
        'bad-calling-code': `"${callingCode ?? ''}" is not a country calling code`,
        invalid: `not a valid number of +${callingCode ?? ''}`,
        'calling-code-not-served': `+${callingCode ?? ''} cannot be called; only ${codes(served)}`,
        'bad-extension': 'the extension must be 1 to 10 digits',
      })[problem],
  };
}
