import type { ProviderFactoryV1 } from '@callroll/core';

/** A provider factory and where it came from. */
export interface RegisteredProvider {
  factory: ProviderFactoryV1;
  /** undefined: built in; otherwise the plugin as the config file names it. */
  plugin: string | undefined;
}
