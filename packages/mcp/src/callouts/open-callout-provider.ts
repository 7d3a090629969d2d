import type { ProviderFactoryV1, ProviderV1 } from '@callroll/core';
import { openToolProvider } from '../server/open-tool-provider.js';
import { ToolInputError } from '../server/tool-input-error.js';
import type { ToolRun } from '../server/tool-run.js';

/** The provider a call-out tool names, refused at once when it cannot call out. */
export async function openCalloutProvider(
  run: ToolRun,
  input: { provider: string; account?: string | undefined },
): Promise<{ provider: ProviderV1; factory: ProviderFactoryV1 }> {
  const opened = await openToolProvider(run, input);
  const { provider, factory } = opened;
  if (!provider.capabilities.callOut || !provider.startCallOut || !provider.cancelCallOut) {
    const { messages } = run.context;
    throw new ToolInputError(messages.notSupported(factory.displayName, messages.capability.callOut));
  }
  return opened;
}
