import type { SettingsFieldDescription, SettingsSchema } from '@callroll/core';
import * as vscode from 'vscode';
import { fieldText } from '../../format/field-text.js';
import { type Choices, fieldChoices } from './field-choices.js';
import { toFieldValue, validateSetting } from './validate-setting.js';

export interface AskSettingOptions {
  /** Shown before the field's title, e.g. "Add Tencent Meeting account (3/5)". */
  title: string;
  providerId: string;
  /** The current value (never passed for secrets). */
  current?: unknown;
  /** A secret is stored already: an empty answer keeps it. */
  hasStoredSecret?: boolean;
}

/** `{ value }` (undefined: use the default or keep the stored secret), or undefined when cancelled. */
export type AskSettingResult = { value: unknown } | undefined;

/**
 * Asks for one setting in the person's language: a pick where it takes one of a few values
 * (yes/no, an id type, a time zone, a rate), a password box for secrets, a validated text box for
 * the rest.
 */
export async function askSetting(
  schema: SettingsSchema,
  field: SettingsFieldDescription,
  options: AskSettingOptions,
): Promise<AskSettingResult> {
  const choices = field.secret ? undefined : fieldChoices(options.providerId, field, vscode.l10n.t);
  if (choices) {
    const picked = await askChoice(field, choices, options);
    if (picked !== 'other') return picked;
  }
  return askText(schema, field, options);
}

async function askChoice(
  field: SettingsFieldDescription,
  choices: Choices,
  options: AskSettingOptions,
): Promise<AskSettingResult | 'other'> {
  const t = vscode.l10n.t;
  const text = fieldText(options.providerId, field, t);
  const current = options.current ?? field.defaultValue;
  const items: Array<vscode.QuickPickItem & { value?: unknown; other?: true }> = choices.items.map(
    (choice) => ({
      label: choice.label,
      description: [choice.description, choice.value === field.defaultValue ? t('default') : undefined]
        .filter((part) => part !== undefined)
        .join(' · '),
      picked: choice.value === current,
      value: choice.value,
    }),
  );
  // The current value first, so that Enter keeps it.
  items.sort((a, b) => Number(b.picked ?? false) - Number(a.picked ?? false));
  if (choices.other) items.push({ label: t('Other…'), other: true });
  const picked = await vscode.window.showQuickPick(items, {
    title: t('{0}: {1}', options.title, text.title),
    placeHolder: text.description,
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  return picked.other ? 'other' : { value: picked.value };
}

async function askText(
  schema: SettingsSchema,
  field: SettingsFieldDescription,
  options: AskSettingOptions,
): Promise<AskSettingResult> {
  const t = vscode.l10n.t;
  const text = fieldText(options.providerId, field, t);
  const keepsStoredValue = field.secret && options.hasStoredSecret === true;
  const hints = [text.description];
  if (keepsStoredValue) hints.push(t('Leave empty to keep the stored value.'));
  else if (!field.required)
    hints.push(
      field.defaultValue === undefined
        ? t('Optional: leave empty to leave it unset.')
        : t('Optional: leave empty for the default ({0}).', String(field.defaultValue)),
    );
  const placeHolder = field.secret
    ? undefined
    : (field.placeholder ?? (field.defaultValue === undefined ? undefined : String(field.defaultValue)));
  const value = await vscode.window.showInputBox({
    title: t('{0}: {1}', options.title, text.title),
    prompt: hints.join(' '),
    ...(placeHolder === undefined ? {} : { placeHolder }),
    value: field.secret || options.current === undefined ? '' : String(options.current),
    password: field.secret,
    ignoreFocusOut: true,
    validateInput: (typed) =>
      validateSetting(schema, field, typed, t, {
        keepsStoredValue,
        title: text.title,
        locale: vscode.env.language,
      }),
  });
  if (value === undefined) return undefined;
  return { value: toFieldValue(field, value) };
}
