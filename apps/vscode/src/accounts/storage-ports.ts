/**
 * Where accounts are kept, as the account store sees it: the `callroll.accounts` setting and
 * VS Code's SecretStorage. Ports, so that the store runs in unit tests without VS Code.
 */
export interface AccountSettingsPort {
  /** The raw value of the `callroll.accounts` setting. */
  read(): unknown;
  /** Writes the whole list to the user's settings. */
  write(value: readonly unknown[]): Promise<void>;
}

export interface SecretPort {
  get(key: string): Promise<string | undefined>;
  store(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}
