import { describeSettings, type SettingsSchema } from '@callroll/core';
import type { PlainSettingValue } from './account-config.js';

export interface SplitSettings {
  /** What may go into settings.json. */
  plain: Record<string, PlainSettingValue>;
  /** What goes into SecretStorage only. */
  secret: Record<string, string>;
}

/**
 * Splits settings by the schema's `secret` flags. Values that are undefined or empty are left
 * out, so that the provider's defaults apply; fields the schema does not know are dropped.
 */
export function splitSettings(schema: SettingsSchema, values: Record<string, unknown>): SplitSettings {
  const plain: Record<string, PlainSettingValue> = {};
  const secret: Record<string, string> = {};
  for (const field of describeSettings(schema)) {
    const value = values[field.name];
    if (value === undefined || value === '') continue;
    if (field.secret) {
      secret[field.name] = String(value);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      plain[field.name] = value;
    }
  }
  return { plain, secret };
}
