import type { ProviderCapabilities, ProviderV1 } from '@callroll/core';
import type { InstanceRegistration } from '../providers/provider-registry.js';
import type { Account } from './account.js';

/**
 * A ready provider another extension registered: an account of its own with no settings. Its
 * pins live for the session only; the registering extension owns (and closes) the provider.
 */
export class RegisteredAccount implements Account {
  readonly kind = 'registered' as const;
  pinnedMeetings: readonly string[] = [];

  constructor(readonly registration: InstanceRegistration) {}

  get id(): string {
    return `ext-${this.registration.id}`;
  }
  get providerId(): string {
    return this.registration.id;
  }
  get label(): string {
    return this.registration.displayName;
  }

  providerName(): string {
    return this.registration.displayName;
  }

  capabilities(): ProviderCapabilities {
    return this.registration.capabilities;
  }

  provider(): Promise<ProviderV1> {
    return Promise.resolve(this.registration.provider);
  }

  async dispose(): Promise<void> {
    // Not ours to close.
  }
}
