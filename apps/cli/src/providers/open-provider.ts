import {
  findProvider,
  type LoadedProviders,
  loadConfigAndProviders as loadShared,
  openAccount,
} from '@callroll/accounts';
import type { ProviderFactoryV1, ProviderV1 } from '@callroll/core';
import type { CliOptions, CommandName } from '../cli/option-specs.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import { type CliContext, logLine } from '../run/cli-context.js';
import { transportListener } from '../run/transport-log.js';

/** A provider ready for calls, and what the error messages need to name. */
export interface OpenedProvider {
  provider: ProviderV1;
  factory: ProviderFactoryV1;
}

/** Reads the config file (if any) and loads the built-in and plugin providers. */
export function loadConfigAndProviders(
  context: CliContext,
  options: Pick<CliOptions, 'config'>,
): Promise<LoadedProviders> {
  return loadShared({
    env: context.env,
    cwd: context.cwd,
    configPath: options.config,
    messages: context.messages,
    onConfig: (config) => {
      if (context.verbose) logLine(context, context.messages.verboseConfig(config.path, config.exists));
    },
  });
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
  const factory = findProvider(providers, options.provider, messages);
  context.inUse.factory = factory;
  const provider = openAccount(factory, config, {
    account: options.account,
    env: context.env,
    messages,
    providerOptions: { onEvent: transportListener(context, factory.displayName) },
    onSettings: (resolved) => {
      if (context.verbose) {
        logLine(context, messages.verboseSettings(factory.id, resolved.fromEnv, resolved.fromFile));
      }
    },
  });
  return { provider, factory };
}
