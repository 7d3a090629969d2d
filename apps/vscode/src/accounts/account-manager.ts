import type { ProviderRegistration, ProviderRegistry } from '../providers/provider-registry.js';
import { type Disposable, Emitter } from '../util/emitter.js';
import type { Account } from './account.js';
import { type AccountRuntime, ConfiguredAccount } from './configured-account.js';
import { RegisteredAccount } from './registered-account.js';

/**
 * What changed: the list of accounts; one account's label or pins (its provider is kept); or one
 * account's secrets or provider (its provider was dropped, so what was loaded with it goes too).
 */
export type AccountsChange =
  | { kind: 'list' }
  | { kind: 'account'; account: Account }
  | { kind: 'reset'; account: Account };

/**
 * The live accounts: configured ones in the order of the setting, then the ready providers other
 * extensions registered. Re-reads the setting on `sync()`, keeping an account (and its provider)
 * whose provider settings did not change.
 */
export class AccountManager implements Disposable {
  private configured = new Map<string, { account: ConfiguredAccount; identity: string }>();
  private registered = new Map<string, RegisteredAccount>();
  private readonly changed = new Emitter<AccountsChange>();
  readonly onDidChange = this.changed.on.bind(this.changed);
  private readonly registrySubscription: Disposable;

  constructor(private readonly runtime: AccountRuntime) {
    this.registrySubscription = runtime.registry.onDidChange((registration) =>
      this.onRegistryChange(registration),
    );
    this.syncConfigured();
    this.syncRegistered();
  }

  get registry(): ProviderRegistry {
    return this.runtime.registry;
  }

  list(): Account[] {
    return [...[...this.configured.values()].map((entry) => entry.account), ...this.registered.values()];
  }

  get(id: string): Account | undefined {
    return this.configured.get(id)?.account ?? this.registered.get(id);
  }

  /** Call when the `callroll.accounts` setting changed. */
  sync(): void {
    if (this.syncConfigured()) this.changed.fire({ kind: 'list' });
  }

  /** Call when an account's secrets changed: its provider is made again on next use. */
  async secretsChanged(id: string): Promise<void> {
    const entry = this.configured.get(id);
    if (!entry) return;
    await entry.account.reset();
    this.changed.fire({ kind: 'reset', account: entry.account });
  }

  /** Pins of a registered (ready-made) account live in memory; configured ones in the setting. */
  setRegisteredPins(account: RegisteredAccount, pins: readonly string[]): void {
    account.pinnedMeetings = pins;
    this.changed.fire({ kind: 'account', account });
  }

  dispose(): void {
    this.registrySubscription.dispose();
    for (const { account } of this.configured.values()) void account.dispose();
    this.configured.clear();
    this.registered.clear();
    this.changed.clear();
  }

  /** Returns true when the list itself changed; fires per-account changes itself. */
  private syncConfigured(): boolean {
    const configs = this.runtime.store.list();
    const next = new Map<string, { account: ConfiguredAccount; identity: string }>();
    let listChanged = configs.length !== this.configured.size;
    const updated: ConfiguredAccount[] = [];
    configs.forEach((config, index) => {
      const identity = ConfiguredAccount.identity(config);
      const existing = this.configured.get(config.id);
      if (existing && existing.identity === identity) {
        const before = JSON.stringify([existing.account.label, existing.account.pinnedMeetings]);
        existing.account.updateConfig(config);
        if (before !== JSON.stringify([config.label, config.pinnedMeetings])) updated.push(existing.account);
        next.set(config.id, existing);
      } else {
        if (existing) void existing.account.dispose();
        next.set(config.id, { account: new ConfiguredAccount(config, this.runtime), identity });
        listChanged = true;
      }
      if ([...this.configured.keys()][index] !== config.id) listChanged = true;
    });
    for (const [id, entry] of this.configured) {
      if (!next.has(id)) void entry.account.dispose();
    }
    this.configured = next;
    if (!listChanged) for (const account of updated) this.changed.fire({ kind: 'account', account });
    return listChanged;
  }

  private syncRegistered(): void {
    const next = new Map<string, RegisteredAccount>();
    for (const registration of this.runtime.registry.instances()) {
      const existing = [...this.registered.values()].find((account) => account.registration === registration);
      const account = existing ?? new RegisteredAccount(registration);
      next.set(account.id, account);
    }
    this.registered = next;
  }

  private onRegistryChange(registration: ProviderRegistration): void {
    if (registration.kind === 'instance') {
      this.syncRegistered();
    } else {
      // Accounts of a provider that came or went get a new provider on next use.
      for (const { account } of this.configured.values()) {
        if (account.providerId !== registration.id) continue;
        void account.reset().then(() => this.changed.fire({ kind: 'reset', account }));
      }
    }
    this.changed.fire({ kind: 'list' });
  }
}
