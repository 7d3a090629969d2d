import {
  InvalidInputError,
  parseSettings,
  type SettingsFieldDescription,
  type SettingsSchema,
} from '@callroll/core';
import type { Localize } from '../util/localize.js';

/** Turns typed text into the field's type; undefined for empty text (the default applies). */
export function toFieldValue(field: SettingsFieldDescription, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (field.type === 'number') return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  // Secrets are taken as typed: a password may end in a space.
  return field.secret ? text : trimmed;
}

/**
 * Checks one field against the provider's own schema; the message names the problem, never the
 * value (it may be a secret). Returns undefined when the value is fine.
 */
export function validateSetting(
  schema: SettingsSchema,
  field: SettingsFieldDescription,
  text: string,
  t: Localize,
  options: { keepsStoredValue?: boolean } = {},
): string | undefined {
  const value = toFieldValue(field, text);
  if (value === undefined) {
    return field.required && !options.keepsStoredValue ? t('{0} is required', field.title) : undefined;
  }
  if (typeof value === 'number' && Number.isNaN(value)) return t('{0} must be a number', field.title);
  const single = schema.pick({ [field.name]: true } as Record<string, true>) as SettingsSchema;
  try {
    parseSettings(single, { [field.name]: value });
    return undefined;
  } catch (error) {
    if (InvalidInputError.isInstance(error)) {
      return `${field.title} ${error.issues.map((issue) => issue.problem).join('; ')}`;
    }
    return t('{0} is invalid', field.title);
  }
}
