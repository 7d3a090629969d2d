import { describeSettings, type SettingsFieldDescription } from '@callroll/core';
import * as vscode from 'vscode';
import type { NewAccount } from '../../accounts/account-store.js';
import type { FactoryRegistration } from '../../providers/provider-registry.js';
import { askSetting } from './ask-setting.js';
import { settingItems } from './setting-items.js';

/** A setting the person must give: required, with no default. */
function isEssential(field: SettingsFieldDescription): boolean {
  return field.required && field.defaultValue === undefined;
}

/**
 * The "Add account" form: the settings that have no default, one prompt each, then a name; the
 * rest keep their defaults unless the person opens "More settings". Returns undefined when the
 * person cancels at any step.
 */
export async function askNewAccount(registration: FactoryRegistration): Promise<NewAccount | undefined> {
  const t = vscode.l10n.t;
  const schema = registration.factory.settingsSchema;
  const fields = describeSettings(schema);
  const essential = fields.filter(isEssential);
  const steps = essential.length + 1;
  const settings: Record<string, unknown> = {};
  for (const [index, field] of essential.entries()) {
    const answer = await askSetting(schema, field, {
      title: t('Add {0} account ({1}/{2})', registration.displayName, index + 1, steps),
      providerId: registration.id,
    });
    if (!answer) return undefined;
    if (answer.value !== undefined) settings[field.name] = answer.value;
  }
  const label = await vscode.window.showInputBox({
    title: t('Add {0} account ({1}/{2}): {3}', registration.displayName, steps, steps, t('Name')),
    prompt: t('A name for this account in the Callroll view.'),
    value: registration.displayName,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? t('A name is required') : undefined),
  });
  if (label === undefined) return undefined;
  const rest = fields.filter((field) => !isEssential(field));
  if (rest.length > 0 && !(await askMoreSettings(registration, rest, settings, label.trim())))
    return undefined;
  return { provider: registration.id, label: label.trim(), settings };
}

/** "Save" or "More settings…"; the latter lists the settings with defaults, to change any of them. */
async function askMoreSettings(
  registration: FactoryRegistration,
  fields: readonly SettingsFieldDescription[],
  settings: Record<string, unknown>,
  label: string,
): Promise<boolean> {
  const t = vscode.l10n.t;
  const title = t('Add {0} account: {1}', registration.displayName, label);
  const save = { label: t('$(check) Save and check the connection'), field: undefined };
  const more = {
    label: t('$(settings-gear) More settings…'),
    description: t('{0} settings with defaults', fields.length),
    field: undefined,
  };
  const first = await vscode.window.showQuickPick([save, more], {
    title,
    placeHolder: t('Save the account, or first change the settings that have defaults'),
    ignoreFocusOut: true,
  });
  if (first !== more) return first === save;
  for (;;) {
    const picked = await vscode.window.showQuickPick(
      [save, ...settingItems(registration.id, fields, settings, new Set(), t)],
      {
        title: t('{0}: more settings', title),
        placeHolder: t('Pick a setting to change'),
        ignoreFocusOut: true,
      },
    );
    if (!picked) return false;
    if (!picked.field) return true;
    const field: SettingsFieldDescription = picked.field;
    const answer = await askSetting(registration.factory.settingsSchema, field, {
      title: t('{0}: more settings', title),
      providerId: registration.id,
      current: settings[field.name],
    });
    if (!answer) continue;
    if (answer.value === undefined) delete settings[field.name];
    else settings[field.name] = answer.value;
  }
}
