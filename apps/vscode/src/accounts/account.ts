import type { ProviderCapabilities, ProviderV1 } from '@callroll/core';

/**
 * An account as the tree uses it: one provider with one set of credentials. Either configured by
 * the person (settings + SecretStorage) or registered ready-made by another extension.
 */
export interface Account {
  readonly id: string;
  readonly kind: 'configured' | 'registered';
  readonly providerId: string;
  readonly label: string;
  /** Meeting ids or codes the person pinned, in the order pinned. */
  readonly pinnedMeetings: readonly string[];
  /** The provider's display name, or its id while no extension provides it. */
  providerName(): string;
  /** Known without making the provider (from the factory), undefined while it is unavailable. */
  capabilities(): ProviderCapabilities | undefined;
  /** Made on first use and kept; a failure (missing secret, unknown provider) is retried next time. */
  provider(): Promise<ProviderV1>;
  dispose(): Promise<void>;
}
