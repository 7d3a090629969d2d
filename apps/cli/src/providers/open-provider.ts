import { InvalidInputError, type ProviderFactoryV1, type ProviderV1 } from '@callroll/core';
import type { CliOptions, CommandName } from '../cli/option-specs.js';
import { type CallrollConfig, readConfig } from '../config/config-file.js';
import { configLocation } from '../config/config-location.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import { type CliContext, logLine } from '../run/cli-context.js';
import { transportListener } from '../run/transport-log.js';
import { loadProviders } from './load-providers.js';
import type { RegisteredProvider } from './registered-provider.js';
import { chooseAccount, resolveSettings, settingsError } from './resolve-settings.js';

/** A provider ready for calls, and what the error messages need to name. */
export interface OpenedProvider {
  provider: ProviderV1;
  factory: ProviderFactoryV1;
}

/** Reads the config file (if any) and loads the built-in and plugin providers. */
export async function loadConfigAndProviders(
  context: CliContext,
  options: Pick<CliOptions, 'config'>,
): Promise<{ config: CallrollConfig; providers: Map<string, RegisteredProvider> }> {
  const config = await readConfig(configLocation(context.env, options.config, context.cwd), context.messages);
  if (context.verbose) logLine(context, context.messages.verboseConfig(config.path, config.exists));
  return { config, providers: await loadProviders(config, context.messages) };
}

/**
 * `--provider` and `--account` to a provider: its factory, the account's settings from the
 * config file with the environment over them, checked, and the verbose log attached.
 */
export async function openProvider(
  context: CliContext,
  command: CommandName,
  options: Pick<CliOptions, 'provider' | 'account' | 'config'>,
): Promise<OpenedProvider> {
  const { messages } = context;
  if (options.provider === undefined) {
    throw new CliError(messages.providerRequired(command), exitCodes.usage);
  }
  const { config, providers } = await loadConfigAndProviders(context, options);
  const registered = providers.get(options.provider);
  if (!registered) {
    throw new CliError(messages.unknownProvider(options.provider, [...providers.keys()]), exitCodes.usage);
  }
  const { factory } = registered;
  context.inUse.factory = factory;
  const account = chooseAccount(config, factory, options.account, messages);
  const resolved = resolveSettings(factory, account, context.env, config, messages);
  if (context.verbose) {
    logLine(context, messages.verboseSettings(factory.id, resolved.fromEnv, resolved.fromFile));
  }
  try {
    const provider = factory.create(resolved.settings, {
      onEvent: transportListener(context, factory.displayName),
    });
    return { provider, factory };
  } catch (error) {
    if (!InvalidInputError.isInstance(error)) throw error;
    throw settingsError(factory, account, config, error.issues, resolved.fromFile, messages);
  }
}
