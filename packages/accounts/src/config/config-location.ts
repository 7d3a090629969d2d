import { join, resolve } from 'node:path';
import envPaths from 'env-paths';

export interface ConfigLocation {
  path: string;
  /** True when the user named the file (--config, CALLROLL_CONFIG): then it must exist. */
  explicit: boolean;
}

/**
 * Where the config file is: `--config`, else `CALLROLL_CONFIG`, else `config.json` in the
 * platform's config folder (XDG on Linux, Library/Preferences on macOS, AppData on Windows).
 */
export function configLocation(
  env: Readonly<Record<string, string | undefined>>,
  fromCommandLine: string | undefined,
  cwd: string,
): ConfigLocation {
  const named = fromCommandLine ?? (env.CALLROLL_CONFIG?.trim() || undefined);
  if (named !== undefined) return { path: resolve(cwd, named), explicit: true };
  return { path: defaultConfigPath(), explicit: false };
}

export function defaultConfigPath(): string {
  // No suffix: the folder is plain `callroll`, not env-paths' default `callroll-nodejs`.
  return join(envPaths('callroll', { suffix: '' }).config, 'config.json');
}
