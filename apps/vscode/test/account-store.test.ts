import { tencentSettingsSchema } from '@callroll/provider-tencent';
import { describe, expect, it } from 'vitest';
import { AccountStore, secretKeyOf } from '../src/accounts/account-store.js';
import { MemorySecrets, MemorySettings } from './support/memory-ports.js';

const tencent = {
  appId: '200000001',
  secretId: 'AKIDexample0001',
  secretKey: 'top-secret-key-0001',
  operatorId: 'zhangwei',
};

function store() {
  const settings = new MemorySettings();
  const secrets = new MemorySecrets();
  let next = 0;
  return { settings, secrets, store: new AccountStore(settings, secrets, () => `acc-${++next}`) };
}

describe('AccountStore', () => {
  it('puts secret fields in the secret store and the rest in settings', async () => {
    const { settings, secrets, store: accounts } = store();
    const config = await accounts.add(
      { provider: 'tencent', label: 'Work', settings: tencent },
      tencentSettingsSchema,
    );
    expect(settings.value).toEqual([
      {
        id: 'acc-1',
        provider: 'tencent',
        label: 'Work',
        settings: { appId: '200000001', secretId: 'AKIDexample0001', operatorId: 'zhangwei' },
        pinnedMeetings: [],
      },
    ]);
    expect(JSON.parse(secrets.values.get(secretKeyOf(config.id)) ?? '{}')).toEqual({
      secretKey: 'top-secret-key-0001',
    });
    expect(await accounts.resolveSettings(config, ['secretKey'])).toEqual({
      settings: { ...tencent },
      secretsInSettings: [],
    });
  });

  it('updates a secret without touching settings, and clears a plain field back to its default', async () => {
    const { settings, secrets, store: accounts } = store();
    const config = await accounts.add(
      { provider: 'tencent', label: 'Work', settings: { ...tencent, concurrency: 4 } },
      tencentSettingsSchema,
    );
    const writes = settings.writes;
    await accounts.update(
      config.id,
      { settings: { secretKey: 'new-secret-key-0002', concurrency: undefined } },
      tencentSettingsSchema,
    );
    expect(settings.writes).toBe(writes + 1);
    expect(JSON.stringify(settings.value)).not.toContain('secret-key');
    expect(accounts.get(config.id)?.settings).not.toHaveProperty('concurrency');
    expect(secrets.values.get(secretKeyOf(config.id))).toContain('new-secret-key-0002');
  });

  it('never uses a secret found in settings.json, and reports it', async () => {
    const { settings, store: accounts } = store();
    settings.value = [
      { id: 'hand', provider: 'tencent', label: 'By hand', settings: { ...tencent } },
      { id: 'Bad id!', provider: 'tencent', label: 'Broken' },
      'not an account',
    ];
    const [config] = accounts.list();
    expect(accounts.list()).toHaveLength(1);
    expect(accounts.skippedEntries()).toBe(2);
    const resolved = await accounts.resolveSettings(config as NonNullable<typeof config>, ['secretKey']);
    expect(resolved.settings).not.toHaveProperty('secretKey');
    expect(resolved.secretsInSettings).toEqual(['secretKey']);
  });

  it('removes an account with its secrets, and keeps pins in order', async () => {
    const { secrets, store: accounts } = store();
    const first = await accounts.add(
      { provider: 'tencent', label: 'A', settings: tencent },
      tencentSettingsSchema,
    );
    const second = await accounts.add(
      { provider: 'tencent', label: 'B', settings: tencent },
      tencentSettingsSchema,
    );
    await accounts.update(second.id, { pinnedMeetings: ['123456789', '987654321'] });
    await accounts.remove(first.id);
    expect(accounts.list().map((account) => [account.label, account.pinnedMeetings])).toEqual([
      ['B', ['123456789', '987654321']],
    ]);
    expect(secrets.values.has(secretKeyOf(first.id))).toBe(false);
    expect(secrets.values.has(secretKeyOf(second.id))).toBe(true);
  });

  it('reads a broken secret entry as no secrets', async () => {
    const { secrets, store: accounts } = store();
    secrets.values.set(secretKeyOf('x'), '{not json');
    expect(await accounts.readSecrets('x')).toEqual({});
  });
});
