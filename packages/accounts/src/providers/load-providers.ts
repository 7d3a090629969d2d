import type { CallrollConfig } from '../config/config-file.js';
import { AccountError } from '../errors/account-error.js';
import type { AccountMessages } from '../i18n/account-messages.js';
import { builtinProviderFactories } from './builtin-providers.js';
import { loadPlugin } from './load-plugin.js';
import type { RegisteredProvider } from './registered-provider.js';

/**
 * The built-in providers and those of the config file's plugins, by id. A plugin may replace a
 * built-in provider (a newer release installed on its own); two plugins may not claim one id.
 */
export async function loadProviders(
  config: CallrollConfig,
  messages: AccountMessages,
): Promise<Map<string, RegisteredProvider>> {
  const providers = new Map<string, RegisteredProvider>();
  for (const factory of builtinProviderFactories) providers.set(factory.id, { factory, plugin: undefined });
  for (const specifier of config.plugins) {
    for (const factory of await loadPlugin(specifier, config.path, messages)) {
      const earlier = providers.get(factory.id);
      // The same module named twice (two spellings of one path) is one plugin.
      if (earlier?.factory === factory) continue;
      if (earlier?.plugin !== undefined) {
        throw new AccountError(messages.pluginDuplicate(factory.id, earlier.plugin, specifier), 'settings');
      }
      providers.set(factory.id, { factory, plugin: specifier });
    }
  }
  return providers;
}
