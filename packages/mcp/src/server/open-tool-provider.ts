import { findProvider, type LoadedProviders, loadConfigAndProviders, openAccount } from '@callroll/accounts';
import type { ProviderFactoryV1, ProviderV1 } from '@callroll/core';
import { secretValues } from './scrub-secrets.js';
import type { ToolRun } from './tool-run.js';

/**
 * The config file and the providers, read afresh for each call (an edited file or a newly set
 * variable counts without a restart); their secret values join the run's scrub list.
 */
export async function loadToolProviders(run: ToolRun): Promise<LoadedProviders> {
  const { context } = run;
  const loaded = await loadConfigAndProviders({
    env: context.env,
    cwd: context.cwd,
    configPath: context.configPath,
    messages: context.messages,
  });
  run.secrets = [...new Set([...run.secrets, ...secretValues(loaded.providers.values(), context.env)])].sort(
    (a, b) => b.length - a.length,
  );
  return loaded;
}

/** The provider and account a tool names, made from their settings and closed when the call ends. */
export async function openToolProvider(
  run: ToolRun,
  input: { provider: string; account?: string | undefined },
): Promise<{ provider: ProviderV1; factory: ProviderFactoryV1 }> {
  const { config, providers } = await loadToolProviders(run);
  const { messages, env } = run.context;
  const factory = findProvider(providers, input.provider, messages);
  run.factory = factory;
  const provider = openAccount(factory, config, { account: input.account, env, messages });
  run.closers.push(() => provider.close?.());
  return { provider, factory };
}
