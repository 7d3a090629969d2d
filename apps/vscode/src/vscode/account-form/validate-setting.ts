import {
  InvalidInputError,
  parseSettingsField,
  type SettingsFieldDescription,
  type SettingsSchema,
} from '@callroll/core';
import { problemText } from '../../format/problem-text.js';
import type { Localize } from '../../util/localize.js';

/** Turns typed text into the field's type; undefined for empty text (the default applies). */
export function toFieldValue(field: SettingsFieldDescription, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (field.type === 'number') return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  // Secrets are taken as typed: a password may end in a space.
  return field.secret ? text : trimmed;
}

export interface ValidateOptions {
  /** A secret is stored already: an empty answer keeps it. */
  keepsStoredValue?: boolean | undefined;
  /** The field's title as the person reads it. */
  title?: string | undefined;
  /** The display language: a provider's own (English) wording is shown only in English. */
  locale?: string | undefined;
}

/**
 * Checks one field against the provider's own schema; the message names the problem in the
 * person's language, never the value (it may be a secret). Returns undefined when it is fine.
 */
export function validateSetting(
  schema: SettingsSchema,
  field: SettingsFieldDescription,
  text: string,
  t: Localize,
  options: ValidateOptions = {},
): string | undefined {
  const title = options.title ?? field.title;
  const value = toFieldValue(field, text);
  if (value === undefined) {
    return field.required && !options.keepsStoredValue ? t('{0} is required', title) : undefined;
  }
  if (typeof value === 'number' && Number.isNaN(value)) return t('{0} must be a number', title);
  try {
    parseSettingsField(schema, field.name, value);
    return undefined;
  } catch (error) {
    if (!InvalidInputError.isInstance(error)) return t('{0} is invalid', title);
    const english = (options.locale ?? 'en').toLowerCase().startsWith('en');
    const problems = error.issues.map((issue) => problemText(issue.problem, t, english));
    if (problems.some((problem) => problem === undefined)) return t('{0} is invalid', title);
    return `${title} ${problems.join(t('; '))}`;
  }
}
