import type { CallrollApi } from '../api/callroll-api.js';
import type { Logger } from '../util/logger.js';
import type { ProviderRegistry } from './provider-registry.js';

/** The API object handed to other extensions; every registration is logged. */
export function createCallrollApi(registry: ProviderRegistry, log: Logger): CallrollApi {
  return Object.freeze({
    apiVersion: 1 as const,
    registerProvider(provider: unknown) {
      const registration = registry.register(provider, 'extension');
      const registered = registry.get((provider as { id: string }).id);
      log.info(`Provider "${registered?.id}" (${registered?.displayName}) registered by an extension`);
      return {
        dispose: () => {
          registration.dispose();
          log.info(`Provider "${registered?.id}" unregistered`);
        },
      };
    },
  });
}
