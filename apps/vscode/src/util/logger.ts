/**
 * Where the extension writes its log: VS Code's log output channel satisfies it. Nothing secret
 * is ever passed in (the providers' transport events arrive with secrets already redacted).
 */
export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Discards everything: for tests and for code that runs before the channel exists. */
export const silentLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
