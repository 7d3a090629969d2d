import { randomUUID } from 'node:crypto';
import type { SettingsSchema } from '@callroll/core';
import { type AccountConfig, type PlainSettingValue, readAccountConfigs } from './account-config.js';
import { splitSettings } from './split-settings.js';
import type { AccountSettingsPort, SecretPort } from './storage-ports.js';

/** The SecretStorage key of an account's secret fields (one JSON object per account). */
export function secretKeyOf(accountId: string): string {
  return `callroll.account.${accountId}`;
}

export interface NewAccount {
  provider: string;
  label: string;
  /** Every field the person entered, secret or not: the store splits them. */
  settings: Record<string, unknown>;
}

export interface AccountChange {
  label?: string | undefined;
  /** Fields to set; `undefined` removes a plain field (its default applies again). */
  settings?: Record<string, unknown> | undefined;
  pinnedMeetings?: readonly string[] | undefined;
}

/**
 * Accounts as the person keeps them: the plain part in the `callroll.accounts` setting, the
 * secret fields (by the provider's schema) in SecretStorage and nowhere else.
 */
export class AccountStore {
  constructor(
    private readonly settings: AccountSettingsPort,
    private readonly secrets: SecretPort,
    private readonly newId: () => string = () => randomUUID().slice(0, 8),
  ) {}

  list(): AccountConfig[] {
    return readAccountConfigs(this.settings.read()).accounts;
  }

  /** How many entries of the setting could not be read (hand-edited and broken). */
  skippedEntries(): number {
    return readAccountConfigs(this.settings.read()).skipped;
  }

  get(id: string): AccountConfig | undefined {
    return this.list().find((account) => account.id === id);
  }

  async add(account: NewAccount, schema: SettingsSchema): Promise<AccountConfig> {
    const { plain, secret } = splitSettings(schema, account.settings);
    const config: AccountConfig = {
      id: this.uniqueId(),
      provider: account.provider,
      label: account.label,
      settings: plain,
      pinnedMeetings: [],
    };
    // Secrets first: an account that appears in the tree must find its secrets.
    if (Object.keys(secret).length > 0)
      await this.secrets.store(secretKeyOf(config.id), JSON.stringify(secret));
    await this.write([...this.list(), config]);
    return config;
  }

  async update(id: string, change: AccountChange, schema?: SettingsSchema): Promise<AccountConfig> {
    const current = this.get(id);
    if (!current) throw new Error(`No account ${id}`);
    const next: AccountConfig = { ...current, settings: { ...current.settings } };
    if (change.label !== undefined) next.label = change.label;
    if (change.pinnedMeetings !== undefined) next.pinnedMeetings = [...change.pinnedMeetings];
    if (change.settings !== undefined && schema !== undefined) {
      const { plain, secret } = splitSettings(schema, change.settings);
      const secretNames = new Set(Object.keys(secret));
      for (const [name, value] of Object.entries(change.settings)) {
        if (value === undefined || value === '') delete next.settings[name];
      }
      Object.assign(next.settings, plain);
      // A secret field must never survive in settings.json, even one put there by hand.
      for (const name of secretNames) delete next.settings[name];
      if (secretNames.size > 0) {
        const stored = await this.readSecrets(id);
        await this.secrets.store(secretKeyOf(id), JSON.stringify({ ...stored, ...secret }));
      }
    }
    await this.write(this.list().map((account) => (account.id === id ? next : account)));
    return next;
  }

  async remove(id: string): Promise<void> {
    await this.write(this.list().filter((account) => account.id !== id));
    await this.secrets.delete(secretKeyOf(id));
  }

  /** The account's secret fields; an unreadable entry counts as none (the person re-enters them). */
  async readSecrets(id: string): Promise<Record<string, string>> {
    const text = await this.secrets.get(secretKeyOf(id));
    if (text === undefined) return {};
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null) return {};
      return Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
    } catch {
      return {};
    }
  }

  /**
   * The settings to make the provider with: plain fields from settings.json, secret ones from
   * SecretStorage. A secret field found in settings.json is ignored (and reported), never used.
   */
  async resolveSettings(
    account: AccountConfig,
    secretNames: readonly string[],
  ): Promise<{ settings: Record<string, PlainSettingValue>; secretsInSettings: string[] }> {
    const secrets = await this.readSecrets(account.id);
    const settings: Record<string, PlainSettingValue> = {};
    const secretsInSettings: string[] = [];
    for (const [name, value] of Object.entries(account.settings)) {
      if (secretNames.includes(name)) secretsInSettings.push(name);
      else settings[name] = value;
    }
    for (const name of secretNames) {
      const value = secrets[name];
      if (value !== undefined) settings[name] = value;
    }
    return { settings, secretsInSettings };
  }

  private uniqueId(): string {
    const taken = new Set(this.list().map((account) => account.id));
    for (;;) {
      const id = this.newId().toLowerCase();
      if (!taken.has(id)) return id;
    }
  }

  private write(accounts: readonly AccountConfig[]): Promise<void> {
    return this.settings.write(accounts);
  }
}
