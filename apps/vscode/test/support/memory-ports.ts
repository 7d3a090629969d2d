import type { AccountSettingsPort, SecretPort } from '../../src/accounts/storage-ports.js';

/** The `callroll.accounts` setting as a plain variable. */
export class MemorySettings implements AccountSettingsPort {
  value: unknown;
  writes = 0;
  read(): unknown {
    return structuredClone(this.value);
  }
  async write(value: readonly unknown[]): Promise<void> {
    this.writes++;
    this.value = structuredClone([...value]);
  }
}

export class MemorySecrets implements SecretPort {
  readonly values = new Map<string, string>();
  async get(key: string) {
    return this.values.get(key);
  }
  async store(key: string, value: string) {
    this.values.set(key, value);
  }
  async delete(key: string) {
    this.values.delete(key);
  }
}
