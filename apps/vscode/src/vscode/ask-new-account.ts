import { describeSettings } from '@callroll/core';
import * as vscode from 'vscode';
import type { NewAccount } from '../accounts/account-store.js';
import type { FactoryRegistration } from '../providers/provider-registry.js';
import { askSetting } from './ask-setting.js';

/**
 * Asks for every field of the provider's settings schema, in the schema's order, then for a name.
 * Returns undefined when the person cancels at any step.
 */
export async function askNewAccount(registration: FactoryRegistration): Promise<NewAccount | undefined> {
  const t = vscode.l10n.t;
  const schema = registration.factory.settingsSchema;
  const fields = describeSettings(schema);
  const steps = fields.length + 1;
  const settings: Record<string, unknown> = {};
  for (const [index, field] of fields.entries()) {
    const answer = await askSetting(schema, field, {
      title: t('Add {0} account ({1}/{2})', registration.displayName, index + 1, steps),
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
  return { provider: registration.id, label: label.trim(), settings };
}
