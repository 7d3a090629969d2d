import type { SettingsFieldDescription } from '@callroll/core';
import { fieldText } from '../../format/field-text.js';
import type { Localize } from '../../util/localize.js';
import { fieldChoices } from './field-choices.js';

export interface SettingItem {
  label: string;
  description: string;
  detail: string;
  field: SettingsFieldDescription;
}

/**
 * One quick pick item per setting, in the person's language, with what it is set to: a pick's
 * label rather than its raw value ("userid (1)", not 1), and never a secret.
 */
export function settingItems(
  providerId: string,
  fields: readonly SettingsFieldDescription[],
  values: Readonly<Record<string, unknown>>,
  storedSecrets: ReadonlySet<string>,
  t: Localize,
): SettingItem[] {
  return fields.map((field) => {
    const text = fieldText(providerId, field, t);
    const shown = (value: unknown) =>
      fieldChoices(providerId, field, t)?.items.find((choice) => choice.value === value)?.label ??
      String(value);
    const value = values[field.name];
    const description = field.secret
      ? storedSecrets.has(field.name) || value !== undefined
        ? t('stored in the secret storage')
        : t('not set')
      : value !== undefined
        ? shown(value)
        : field.defaultValue !== undefined
          ? t('default: {0}', shown(field.defaultValue))
          : t('not set');
    return { label: text.title, description, detail: text.description, field };
  });
}
