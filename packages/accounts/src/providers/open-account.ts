import {
  InvalidInputError,
  type ProviderFactoryV1,
  type ProviderOptions,
  type ProviderV1,
} from '@callroll/core';
import type { CallrollConfig } from '../config/config-file.js';
import { AccountError } from '../errors/account-error.js';
import type { AccountMessages } from '../i18n/account-messages.js';
import type { RegisteredProvider } from './registered-provider.js';
import { chooseAccount, type ResolvedSettings, resolveSettings, settingsError } from './resolve-settings.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The provider of an id among those loaded; an unknown id is a usage error naming the known. */
export function findProvider(
  providers: ReadonlyMap<string, RegisteredProvider>,
  id: string,
  messages: AccountMessages,
): ProviderFactoryV1 {
  const registered = providers.get(id);
  if (!registered) throw new AccountError(messages.unknownProvider(id, [...providers.keys()]), 'usage');
  return registered.factory;
}

export interface OpenAccountOptions {
  /** The account asked for; else "default", else the only one. */
  account: string | undefined;
  env: Env;
  messages: AccountMessages;
  providerOptions?: ProviderOptions | undefined;
  /** Hears where the settings came from (names only), before the provider is made. */
  onSettings?: ((resolved: ResolvedSettings) => void) | undefined;
}

/**
 * A provider made for an account: its settings from the config file with the environment over
 * them, checked; every problem one `AccountError` naming the variable or entry at fault.
 */
export function openAccount(
  factory: ProviderFactoryV1,
  config: CallrollConfig,
  options: OpenAccountOptions,
): ProviderV1 {
  const { messages } = options;
  const account = chooseAccount(config, factory, options.account, messages);
  const resolved = resolveSettings(factory, account, options.env, config, messages);
  options.onSettings?.(resolved);
  try {
    return factory.create(resolved.settings, options.providerOptions);
  } catch (error) {
    if (!InvalidInputError.isInstance(error)) throw error;
    throw settingsError(factory, account, config, error.issues, resolved.fromFile, messages);
  }
}
