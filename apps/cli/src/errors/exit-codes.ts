/**
 * One exit code per kind of failure, so that scripts can tell "fix your settings" from "try
 * again later" without reading the message. Documented in the README; never renumber.
 */
export const exitCodes = {
  ok: 0,
  /** A bug in callroll or a provider plugin: the message says what to report. */
  internal: 1,
  /** The command line is wrong: unknown command or option, a bad date, format, status list or meeting id. */
  usage: 2,
  /** Settings or the config file (unreadable, too large, not an object): bad settings, a secret in it, a plugin. */
  settings: 3,
  /** The provider rejected the credentials. */
  authentication: 4,
  /** The credentials are valid but not allowed to do this. */
  permission: 5,
  /** The meeting (or another thing asked for) does not exist. */
  notFound: 6,
  /** Still rate limited after the provider's own retries. */
  rateLimited: 7,
  /** The server could not be reached, or did not answer in time. */
  network: 8,
  /** The provider answered with an error or something unreadable. */
  provider: 9,
  /** The output could not be written (a bad --output path, a full disk). */
  output: 10,
  /** Of many meetings, some were not found (or not reported); every other one was written. */
  someNotFound: 11,
  /** Of many meetings, some could not be read for another reason; every other one was written. */
  someFailed: 12,
  /** callout or cancel: not every number was placed (or cancelled); the table says which and why. */
  notAllPlaced: 20,
  /** callout: not confirmed (answered no, or no terminal to ask on and no --yes); nothing was called. */
  notConfirmed: 21,
  /** Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
  interrupted: 130,
  /** Stopped by SIGTERM: 128 + 15. */
  terminated: 143,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
