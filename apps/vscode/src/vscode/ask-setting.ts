import type { SettingsFieldDescription, SettingsSchema } from '@callroll/core';
import * as vscode from 'vscode';
import { toFieldValue, validateSetting } from './validate-setting.js';

export interface AskSettingOptions {
  /** Shown as the input's title, e.g. "Add Tencent Meeting account (3/10)". */
  title: string;
  /** The current value (never passed for secrets). */
  current?: unknown;
  /** A secret is stored already: an empty answer keeps it. */
  hasStoredSecret?: boolean;
}

/** `{ value }` (undefined: use the default or keep the stored secret), or undefined when cancelled. */
export type AskSettingResult = { value: unknown } | undefined;

/**
 * Asks for one setting with an input made from its description: a password box for secrets, a
 * pick for booleans and enums, a validated text box for the rest.
 */
export async function askSetting(
  schema: SettingsSchema,
  field: SettingsFieldDescription,
  options: AskSettingOptions,
): Promise<AskSettingResult> {
  const t = vscode.l10n.t;
  if (field.type === 'boolean' || field.type === 'enum') {
    const values: unknown[] = field.type === 'boolean' ? [true, false] : [...(field.options ?? [])];
    const current = options.current ?? field.defaultValue;
    const items = values.map((value) => ({
      label: typeof value === 'boolean' ? (value ? t('Yes') : t('No')) : String(value),
      ...(value === field.defaultValue ? { description: t('default') } : {}),
      picked: value === current,
      value,
    }));
    // The current value first, so that Enter keeps it.
    items.sort((a, b) => Number(b.picked) - Number(a.picked));
    const picked = await vscode.window.showQuickPick(items, {
      title: `${options.title}: ${field.title}`,
      placeHolder: field.description,
      ignoreFocusOut: true,
    });
    return picked ? { value: picked.value } : undefined;
  }

  const keepsStoredValue = field.secret && options.hasStoredSecret === true;
  const hints = [field.description];
  if (keepsStoredValue) hints.push(t('Leave empty to keep the stored value.'));
  else if (!field.required)
    hints.push(
      field.defaultValue === undefined
        ? t('Optional: leave empty to leave it unset.')
        : t('Optional: leave empty for the default ({0}).', String(field.defaultValue)),
    );
  const placeHolder = field.secret ? undefined : (field.placeholder ?? defaultText(field));
  const text = await vscode.window.showInputBox({
    title: `${options.title}: ${field.title}`,
    prompt: hints.join(' '),
    ...(placeHolder === undefined ? {} : { placeHolder }),
    value: field.secret || options.current === undefined ? '' : String(options.current),
    password: field.secret,
    ignoreFocusOut: true,
    validateInput: (value) => validateSetting(schema, field, value, t, { keepsStoredValue }),
  });
  if (text === undefined) return undefined;
  return { value: toFieldValue(field, text) };
}

function defaultText(field: SettingsFieldDescription): string | undefined {
  return field.defaultValue === undefined ? undefined : String(field.defaultValue);
}
