import type * as zc from 'zod/v4/core';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { ProviderId } from '../model/provider-id.js';
import {
  describeSettings,
  parseSettings,
  type SettingsFieldDescription,
  type SettingsSchema,
} from '../provider/settings-field.js';

/** `secretKey` of `tencent` → `CALLROLL_TENCENT_SECRET_KEY`. */
export function settingsEnvName(providerId: ProviderId, field: string): string {
  const screaming = (text: string) =>
    text
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .toUpperCase();
  return `CALLROLL_${screaming(providerId)}_${screaming(field)}`;
}

export interface SettingsFromEnvOptions {
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Values from elsewhere (a config file); the environment wins over them. */
  base?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Fills a provider's settings from `CALLROLL_<PROVIDER>_<FIELD>` variables and checks them.
 * Throws one `InvalidInputError` naming every missing or invalid variable; values are never
 * repeated in it, since some are secrets.
 */
export function settingsFromEnv<S extends SettingsSchema>(
  provider: { id: ProviderId; settingsSchema: S },
  options: SettingsFromEnvOptions = {},
): zc.output<S> {
  const env = options.env ?? process.env;
  const fields = describeSettings(provider.settingsSchema);
  const values: Record<string, unknown> = { ...options.base };
  const issues: { field: string; problem: string }[] = [];
  for (const field of fields) {
    const name = settingsEnvName(provider.id, field.name);
    const text = env[name];
    if (text === undefined || text.trim() === '') continue;
    const value = coerce(field, text.trim());
    if (value === undefined) issues.push({ field: name, problem: `must be a ${field.type}` });
    else values[field.name] = value;
  }
  if (issues.length > 0) throw new InvalidInputError({ provider: provider.id, issues });
  const fromEnv = new Set(
    fields.filter((field) => env[settingsEnvName(provider.id, field.name)]).map((f) => f.name),
  );
  return parseSettings(provider.settingsSchema, values, {
    provider: provider.id,
    // Name the variable to set, unless the value came from `base` and is wrong there.
    fieldLabel: (field) =>
      fromEnv.has(field) || !(field in values) ? settingsEnvName(provider.id, field) : field,
  });
}

function coerce(field: SettingsFieldDescription, text: string): unknown {
  switch (field.type) {
    case 'number': {
      // Decimal only: `Number` would also take `0x10`, `1e3` or `Infinity`, which no setting needs.
      if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
      const number = Number(text);
      return Number.isFinite(number) ? number : undefined;
    }
    case 'boolean':
      if (/^(1|true|yes|on)$/i.test(text)) return true;
      if (/^(0|false|no|off)$/i.test(text)) return false;
      return undefined;
    default:
      return text;
  }
}
