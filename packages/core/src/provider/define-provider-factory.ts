import type * as zc from 'zod/v4/core';
import type { ProviderCapabilities } from './provider-capabilities.js';
import type { ProviderFactoryV1, ProviderOptions, ProviderV1 } from './provider-v1.js';
import { parseSettings, type SettingsSchema } from './settings-field.js';

export interface ProviderFactoryDefinition<S extends SettingsSchema, P extends ProviderV1> {
  id: string;
  displayName: string;
  capabilities: ProviderCapabilities;
  settingsSchema: S;
  /** Makes the provider from settings already checked against `settingsSchema`. */
  create(settings: zc.output<S>, options: ProviderOptions): P;
}

/** A provider's factory, with its `create` bound to the input form of its settings. */
export interface DefinedProviderFactory<S extends SettingsSchema, P extends ProviderV1>
  extends ProviderFactoryV1<S> {
  create(settings: zc.input<S> | unknown, options?: ProviderOptions): P;
}

/**
 * A v1 provider factory from a declaration: `create` checks the settings with the schema
 * (`InvalidInputError` naming each field, no value echoed) before the provider sees them.
 */
export function defineProviderFactory<S extends SettingsSchema, P extends ProviderV1>(
  definition: ProviderFactoryDefinition<S, P>,
): DefinedProviderFactory<S, P> {
  const { id, displayName, capabilities, settingsSchema } = definition;
  return {
    specificationVersion: 'v1',
    id,
    displayName,
    capabilities,
    settingsSchema,
    create: (settings, options = {}) =>
      definition.create(parseSettings(settingsSchema, settings, { provider: id }), options),
  };
}
