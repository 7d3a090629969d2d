import { describeSettings } from '@callroll/core';
import * as vscode from 'vscode';
import type { Account } from '../../accounts/account.js';
import { checkConnection } from '../../accounts/check-connection.js';
import { describeError } from '../../format/describe-error.js';
import { fieldTitles } from '../../format/field-text.js';
import type { FactoryRegistration } from '../../providers/provider-registry.js';
import { accountNodeOf } from '../../tree/account-node.js';
import type { TreeNode } from '../../tree/tree-node.js';
import { askNewAccount } from '../account-form/ask-new-account.js';
import { askSetting } from '../account-form/ask-setting.js';
import { settingItems } from '../account-form/setting-items.js';
import { pickProvider } from '../pick-provider.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

/** The account a command runs on: the row's account, or the only one, or one the person picks. */
async function targetAccount(services: Services, argument: unknown): Promise<Account | undefined> {
  const node = commandTarget(services, argument, (candidate): candidate is TreeNode => true);
  const fromNode = accountNodeOf(node)?.account;
  if (fromNode) return fromNode;
  const accounts = services.accounts.list();
  if (accounts.length <= 1) return accounts[0];
  const picked = await vscode.window.showQuickPick(
    accounts.map((account) => ({ label: account.label, description: account.providerName(), account })),
    { placeHolder: vscode.l10n.t('Which account?') },
  );
  return picked?.account;
}

async function addAccount(services: Services): Promise<string | undefined> {
  const { store, registry, accounts, log } = services;
  const registration = await pickProvider(registry);
  if (!registration) return undefined;
  const answers = await askNewAccount(registration);
  if (!answers) return undefined;
  // Checks the settings together (no request is made) before anything is stored.
  await registration.factory.create(answers.settings).close?.();
  const config = await store.add(answers, registration.factory.settingsSchema);
  accounts.sync();
  log.info(`Account "${config.label}" (${config.provider}) added`);
  const account = accounts.get(config.id);
  const node = account ? services.root.accountNode(account) : undefined;
  if (node) void services.treeView.reveal(node, { expand: true, focus: false, select: false });
  // Saved: now whether the service takes these credentials, while the person is still here.
  if (account) await checkAccount(services, account);
  return config.id;
}

async function editAccount(services: Services, argument?: unknown): Promise<void> {
  const t = vscode.l10n.t;
  const account = await targetAccount(services, argument);
  if (!account) return;
  if (account.kind === 'registered') {
    void vscode.window.showInformationMessage(
      t('“{0}” is provided by an extension and has no settings to edit.', account.label),
    );
    return;
  }
  const registration = services.registry.factory(account.providerId);
  if (!registration) {
    void vscode.window.showWarningMessage(
      t('Provider “{0}” is not available, so its settings cannot be edited now.', account.providerId),
    );
    return;
  }
  while (await editOneSetting(services, account, registration)) {
    // Until the person is done (Escape).
  }
}

/** One round of "Edit account": pick a setting, change it. False when the person is done. */
async function editOneSetting(
  services: Services,
  account: Account,
  registration: FactoryRegistration,
): Promise<boolean> {
  const t = vscode.l10n.t;
  const { store, accounts, log } = services;
  const schema = registration.factory.settingsSchema;
  const config = store.get(account.id);
  if (!config) return false;
  const secrets = await store.readSecrets(account.id);
  const items = [
    { label: t('Name'), description: config.label, field: undefined },
    ...settingItems(
      account.providerId,
      describeSettings(schema),
      config.settings,
      new Set(Object.keys(secrets)),
      t,
    ),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: t('Edit account “{0}”', config.label),
    placeHolder: t('Pick a setting to change; Escape when done'),
    ignoreFocusOut: true,
  });
  if (!picked) return false;
  const field = picked.field;
  if (!field) {
    const label = await vscode.window.showInputBox({
      title: t('Edit account “{0}”', config.label),
      prompt: t('A name for this account in the Callroll view.'),
      value: config.label,
      validateInput: (value) => (value.trim() === '' ? t('A name is required') : undefined),
    });
    if (label !== undefined) await store.update(account.id, { label: label.trim() });
    accounts.sync();
    return true;
  }
  const answer = await askSetting(schema, field, {
    title: t('Edit account “{0}”', config.label),
    providerId: account.providerId,
    current: field.secret ? undefined : config.settings[field.name],
    hasStoredSecret: field.secret && secrets[field.name] !== undefined,
  });
  if (!answer || (field.secret && answer.value === undefined)) return true;
  await store.update(account.id, { settings: { [field.name]: answer.value } }, schema);
  accounts.sync();
  // A secret changes nothing in settings.json: drop the provider made with the old one.
  if (field.secret) await accounts.secretsChanged(account.id);
  log.info(`Account "${config.label}": ${field.name} changed`);
  return true;
}

async function removeAccount(services: Services, argument?: unknown): Promise<void> {
  const t = vscode.l10n.t;
  const account = await targetAccount(services, argument);
  if (account?.kind !== 'configured') return;
  const remove = t('Remove');
  const answer = await vscode.window.showWarningMessage(
    t('Remove the account “{0}”?', account.label),
    { modal: true, detail: t('Its settings and its secrets are deleted from VS Code.') },
    remove,
  );
  if (answer !== remove) return;
  await services.store.remove(account.id);
  services.accounts.sync();
  services.log.info(`Account "${account.label}" removed`);
}

/** Makes the cheapest call that proves the credentials work, and says how it went. */
async function checkAccount(services: Services, account: Account): Promise<boolean> {
  const t = vscode.l10n.t;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Checking “{0}”…', account.label) },
    async () => {
      try {
        const provider = await account.provider();
        return await checkConnection(provider, account.pinnedMeetings, services.treeContext.now());
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    },
  );
  if (result instanceof Error) {
    const schema = services.registry.factory(account.providerId)?.factory.settingsSchema;
    const description = describeError(result, t, {
      duringSetup: true,
      locale: vscode.env.language,
      fieldTitle: fieldTitles(account.providerId, schema, t),
    });
    services.log.warn(`Check of "${account.label}" failed: ${description.technical}`);
    const edit = t('Edit account');
    const choice = await vscode.window.showErrorMessage(
      t('“{0}”: {1}', account.label, description.summary),
      { detail: description.detail },
      ...(description.editAccount ? [edit] : []),
    );
    if (choice === edit) await editAccount(services, services.root.accountNode(account));
    return false;
  }
  void vscode.window.showInformationMessage(
    result.checked
      ? t('“{0}” is connected.', account.label)
      : t('“{0}”: nothing to check without a meeting; pin one first.', account.label),
  );
  return result.checked;
}

export function registerAccountCommands(services: Services): vscode.Disposable[] {
  return [
    registerCommand(services, 'callroll.addAccount', () => addAccount(services)),
    registerCommand(services, 'callroll.editAccount', (argument) => editAccount(services, argument)),
    registerCommand(services, 'callroll.removeAccount', (argument) => removeAccount(services, argument)),
    registerCommand(services, 'callroll.checkConnection', async (argument) => {
      const account = await targetAccount(services, argument);
      return account ? checkAccount(services, account) : undefined;
    }),
  ];
}
