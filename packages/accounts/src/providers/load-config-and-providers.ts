import { type CallrollConfig, readConfig } from '../config/config-file.js';
import { configLocation } from '../config/config-location.js';
import type { AccountMessages } from '../i18n/account-messages.js';
import { loadProviders } from './load-providers.js';
import type { RegisteredProvider } from './registered-provider.js';

export interface LoadedProviders {
  config: CallrollConfig;
  providers: Map<string, RegisteredProvider>;
}

export interface LoadConfigOptions {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The file the user named on the command line, if any. */
  configPath: string | undefined;
  messages: AccountMessages;
  /** Hears the config file as read, before its plugins are loaded. */
  onConfig?: ((config: CallrollConfig) => void) | undefined;
}

/** Reads the config file (if any) and loads the built-in and plugin providers. */
export async function loadConfigAndProviders(options: LoadConfigOptions): Promise<LoadedProviders> {
  const location = configLocation(options.env, options.configPath, options.cwd);
  const config = await readConfig(location, options.messages);
  options.onConfig?.(config);
  return { config, providers: await loadProviders(config, options.messages) };
}
