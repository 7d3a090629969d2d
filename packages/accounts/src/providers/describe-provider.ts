import { describeSettings, type ProviderCapabilities, settingsEnvName } from '@callroll/core';
import type { CallrollConfig } from '../config/config-file.js';
import type { RegisteredProvider } from './registered-provider.js';

/** Where a setting's value would come from now. */
export type SettingState = 'env' | 'file' | 'default' | 'missing' | 'unset';

export interface SettingListing {
  name: string;
  env: string;
  title: string;
  description: string;
  type: string;
  required: boolean;
  secret: boolean;
  default: string | number | boolean | null;
  options: readonly string[] | null;
  /** Where the value would come from now; never the value. */
  state: SettingState;
}

export interface ProviderListing {
  id: string;
  displayName: string;
  /** `built-in`, or the plugin as the config file names it. */
  source: string;
  capabilities: ProviderCapabilities;
  settings: SettingListing[];
}

/**
 * A provider and its settings as the account used without a choice would get them (the one named
 * "default", else the only one; none when that would be ambiguous): names and states, never values.
 */
export function describeProvider(
  registered: RegisteredProvider,
  config: CallrollConfig,
  env: Readonly<Record<string, string | undefined>>,
): ProviderListing {
  const { factory } = registered;
  const accounts = config.accounts[factory.id] ?? {};
  const names = Object.keys(accounts);
  const account = accounts.default ?? (names.length === 1 ? accounts[names[0] as string] : undefined) ?? {};
  return {
    id: factory.id,
    displayName: factory.displayName,
    source: registered.plugin ?? 'built-in',
    capabilities: factory.capabilities,
    settings: describeSettings(factory.settingsSchema).map((field) => {
      const envName = settingsEnvName(factory.id, field.name);
      const state: SettingState = env[envName]?.trim()
        ? 'env'
        : field.name in account && !field.secret
          ? 'file'
          : field.defaultValue !== undefined
            ? 'default'
            : field.required
              ? 'missing'
              : 'unset';
      return {
        name: field.name,
        env: envName,
        title: field.title,
        description: field.description,
        type: field.type,
        required: field.required,
        secret: field.secret,
        default: field.defaultValue ?? null,
        options: field.options ?? null,
        state,
      };
    }),
  };
}
