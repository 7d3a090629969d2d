import {
  type ProviderCapabilities,
  type ProviderV1,
  secretSettingNames,
  type TransportEventListener,
} from '@callroll/core';
import type { ProviderRegistry } from '../providers/provider-registry.js';
import type { Logger } from '../util/logger.js';
import type { Account } from './account.js';
import type { AccountConfig } from './account-config.js';
import type { AccountStore } from './account-store.js';
import { ProviderUnavailableError } from './provider-unavailable-error.js';

export interface AccountRuntime {
  registry: ProviderRegistry;
  store: AccountStore;
  log: Logger;
  /** Receives the provider's request events (secrets already redacted by the transport). */
  onEvent: TransportEventListener;
}

/** An account the person configured: its provider is made from settings plus SecretStorage. */
export class ConfiguredAccount implements Account {
  readonly kind = 'configured' as const;
  private created: Promise<ProviderV1> | undefined;

  constructor(
    private config: AccountConfig,
    private readonly runtime: AccountRuntime,
  ) {}

  get id(): string {
    return this.config.id;
  }
  get providerId(): string {
    return this.config.provider;
  }
  get label(): string {
    return this.config.label;
  }
  get pinnedMeetings(): readonly string[] {
    return this.config.pinnedMeetings;
  }

  /** What, if it changed, needs a new provider: the provider and its settings, not label or pins. */
  static identity(config: AccountConfig): string {
    return JSON.stringify([config.provider, Object.entries(config.settings).sort()]);
  }

  /** Takes a new label or pin list in place, keeping the provider (and the tree's loaded rows). */
  updateConfig(config: AccountConfig): void {
    this.config = config;
  }

  providerName(): string {
    return this.runtime.registry.get(this.config.provider)?.displayName ?? this.config.provider;
  }

  capabilities(): ProviderCapabilities | undefined {
    return this.runtime.registry.factory(this.config.provider)?.capabilities;
  }

  provider(): Promise<ProviderV1> {
    if (!this.created) {
      const created = this.create();
      this.created = created;
      // A failed creation (missing secret, provider not there yet) is tried again next time.
      created.catch(() => {
        if (this.created === created) this.created = undefined;
      });
    }
    return this.created;
  }

  /** Forgets the provider so that the next use makes a new one (after secrets changed). */
  async reset(): Promise<void> {
    const created = this.created;
    this.created = undefined;
    await closeQuietly(created);
  }

  async dispose(): Promise<void> {
    await this.reset();
  }

  private async create(): Promise<ProviderV1> {
    const registration = this.runtime.registry.factory(this.config.provider);
    if (!registration) throw new ProviderUnavailableError(this.config.provider);
    const secretNames = secretSettingNames(registration.factory.settingsSchema);
    const { settings, secretsInSettings } = await this.runtime.store.resolveSettings(
      this.config,
      secretNames,
    );
    if (secretsInSettings.length > 0) {
      this.runtime.log.warn(
        `Account "${this.config.label}": ignored the secret field(s) ${secretsInSettings.join(', ')} found in settings.json; secrets are read from the secret storage only`,
      );
    }
    return registration.factory.create(settings, { onEvent: this.runtime.onEvent });
  }
}

async function closeQuietly(provider: Promise<ProviderV1> | undefined): Promise<void> {
  if (!provider) return;
  try {
    await (await provider).close?.();
  } catch {
    // A provider that failed to be made or to close has nothing left to release.
  }
}
