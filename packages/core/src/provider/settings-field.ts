import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { useZodMessages } from '../parsing/zod-messages.js';

/** What a front end needs to ask a person for one setting. */
export interface SettingsFieldMeta {
  title: string;
  description: string;
  /** Store only in a secret store (keychain, SecretStorage, environment); never show or log. */
  secret?: boolean | undefined;
  /** An example value to show as a placeholder (never for secrets). */
  placeholder?: string | undefined;
}

const settingsMetaRegistry = z.registry<SettingsFieldMeta>();

/** Attaches a title, description and secret flag to a settings field (a zod or zod/mini schema). */
export function settingsField<T extends zc.$ZodType>(schema: T, meta: SettingsFieldMeta): T {
  // Kept both in our registry (typed) and as zod metadata (survives `z.toJSONSchema`).
  settingsMetaRegistry.add(schema, meta);
  z.globalRegistry.add(schema, {
    title: meta.title,
    description: meta.description,
    secret: meta.secret === true,
  });
  return schema;
}

export type SettingsFieldType = 'string' | 'number' | 'boolean' | 'enum' | 'url';

export interface SettingsFieldDescription extends SettingsFieldMeta {
  name: string;
  type: SettingsFieldType;
  secret: boolean;
  required: boolean;
  defaultValue?: string | number | boolean | undefined;
  options?: readonly string[] | undefined;
}

/**
 * A settings schema: an object of fields declared with `settingsField`, built with zod 4 or
 * zod/mini (the core reads it through zod's shared definitions).
 */
export type SettingsSchema = zc.$ZodObject<zc.$ZodShape>;

/** The fields of a settings schema, in order, for forms and environment variables. */
export function describeSettings(schema: SettingsSchema): SettingsFieldDescription[] {
  return Object.entries(schema._zod.def.shape).map(([name, field]) => describeField(name, field));
}

// Read through `def` rather than `instanceof`, so that a schema built with another copy of zod
// (a third-party provider's) is described all the same.
interface FieldDef {
  type: string;
  innerType?: zc.$ZodType;
  defaultValue?: unknown;
  entries?: Record<string, string | number>;
  format?: string;
}

function defOf(schema: zc.$ZodType): FieldDef {
  return schema._zod.def as unknown as FieldDef;
}

function describeField(name: string, field: zc.$ZodType): SettingsFieldDescription {
  let inner: zc.$ZodType = field;
  let required = true;
  let defaultValue: string | number | boolean | undefined;
  let meta = findMeta(inner);
  // Unwrap optional/default layers, picking up metadata on whichever layer carries it.
  for (
    let def = defOf(inner);
    (def.type === 'optional' || def.type === 'default') && def.innerType;
    def = defOf(inner)
  ) {
    required = false;
    const value = def.defaultValue;
    if (
      def.type === 'default' &&
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    ) {
      defaultValue = value;
    }
    inner = def.innerType;
    meta ??= findMeta(inner);
  }
  const def = defOf(inner);
  const type: SettingsFieldType =
    def.type === 'number' || def.type === 'boolean' || def.type === 'enum'
      ? def.type
      : def.type === 'string' && def.format === 'url'
        ? 'url'
        : 'string';
  const options = def.type === 'enum' && def.entries ? Object.values(def.entries).map(String) : undefined;
  return {
    name,
    title: meta?.title ?? name,
    description: meta?.description ?? '',
    secret: meta?.secret === true,
    ...(meta?.placeholder ? { placeholder: meta.placeholder } : {}),
    type,
    required,
    ...(defaultValue === undefined ? {} : { defaultValue }),
    ...(options ? { options } : {}),
  };
}

function findMeta(schema: zc.$ZodType): SettingsFieldMeta | undefined {
  const own = settingsMetaRegistry.get(schema);
  if (own) return own;
  // A schema from another copy of this package: fall back to zod's global metadata.
  const global = z.globalRegistry.get(schema);
  if (global && typeof global.title === 'string') {
    return { title: global.title, description: global.description ?? '', secret: global.secret === true };
  }
  return undefined;
}

/** The names of the secret fields: what must never be shown, logged or written to a plain file. */
export function secretSettingNames(schema: SettingsSchema): string[] {
  return describeSettings(schema)
    .filter((field) => field.secret)
    .map((field) => field.name);
}

/**
 * Parses settings, turning zod's issues into an `InvalidInputError` that names every field at
 * fault and never repeats a value.
 */
export function parseSettings<S extends SettingsSchema>(
  schema: S,
  input: unknown,
  options: { provider?: string | undefined; fieldLabel?: (field: string) => string } = {},
): zc.output<S> {
  useZodMessages();
  const result = z.safeParse(schema, input);
  if (result.success) return result.data as zc.output<S>;
  throw new InvalidInputError({
    provider: options.provider,
    issues: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.') || '(settings)';
      return {
        field: options.fieldLabel ? options.fieldLabel(field) : field,
        problem: issueProblem(issue, input),
      };
    }),
  });
}

/** Checks one field's value alone (a form's field as it is typed), as `parseSettings` would. */
export function parseSettingsField(schema: SettingsSchema, name: string, value: unknown): unknown {
  const field = schema._zod.def.shape[name];
  if (field === undefined) {
    throw new InvalidInputError({ issues: [{ field: name, problem: 'is not a setting of this provider' }] });
  }
  return (parseSettings(z.object({ [name]: field }), { [name]: value }) as Record<string, unknown>)[name];
}

// zod's default messages can quote the received value; secrets must not be echoed, so we
// describe the problem from the issue's code instead.
function issueProblem(issue: zc.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 leaves `input` off its issues, so whether the value is there is read from our own.
      return valueAt(input, issue.path) === undefined ? 'is required' : `must be ${typeName(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${String(issue.minimum)} characters`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters`
        : `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'regex') return issue.message;
      return issue.format === 'url' ? 'must be a URL' : `must be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown setting(s): ${issue.keys.join(', ')}`;
    default:
      return issue.message.replace(/received .*/i, '').trim() || 'is invalid';
  }
}

/** The value at an issue's path, read as zod reads it; undefined when a step is absent. Never shown. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const typeNames: Record<string, string> = {
  int: 'a whole number',
  object: 'an object',
  array: 'a list',
};

function typeName(expected: string): string {
  return typeNames[expected] ?? `a ${expected}`;
}
