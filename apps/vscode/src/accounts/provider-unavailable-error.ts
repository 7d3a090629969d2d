/**
 * An account names a provider that no extension has registered (yet): the extension that adds it
 * is not installed, disabled, or has not started.
 */
export class ProviderUnavailableError extends Error {
  override readonly name = 'ProviderUnavailableError';

  constructor(readonly providerId: string) {
    super(`No provider "${providerId}" is registered`);
  }

  static isInstance(value: unknown): value is ProviderUnavailableError {
    return value instanceof ProviderUnavailableError;
  }
}
