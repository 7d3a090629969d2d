import type { ProviderFactoryV1, ProviderV1 } from '@callroll/core';

/** Undoes a registration; shaped like VS Code's `Disposable`, so it goes into `context.subscriptions`. */
export interface CallrollDisposable {
  dispose(): void;
}

/**
 * What the Callroll extension's `activate()` returns to other extensions
 * (`vscode.extensions.getExtension<CallrollApi>(callrollExtensionId)?.activate()`).
 */
export interface CallrollApi {
  /** Grows only with additions; a breaking change would be a new major version. */
  readonly apiVersion: 1;
  /**
   * Adds a meeting provider (Callroll's v1 contract from `@callroll/core`):
   * - a `ProviderFactoryV1` appears in "Add account"; Callroll asks for its settings from its
   *   schema (secret fields into SecretStorage) and makes one provider per account;
   * - a ready `ProviderV1` appears as an account of its own, with no settings.
   *
   * Throws when the value is neither or its id is taken. Dispose to remove it again.
   */
  registerProvider(provider: ProviderFactoryV1 | ProviderV1): CallrollDisposable;
}
