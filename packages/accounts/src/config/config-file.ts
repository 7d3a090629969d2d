import * as z from 'zod/mini';
import { AccountError } from '../errors/account-error.js';
import type { AccountMessages, JsonKind } from '../i18n/account-messages.js';
import type { ConfigLocation } from './config-location.js';
import { readConfigText } from './read-config-text.js';

const settingValue = z.union([z.string(), z.number(), z.boolean()]);

const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** Packages (or files) whose exports include a v1 provider factory. */
  plugins: z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []),
  /** provider id → account name → non-secret settings. */
  accounts: z._default(z.record(z.string(), z.record(z.string(), z.record(z.string(), settingValue))), {}),
});

export type AccountSettings = Record<string, string | number | boolean>;

export interface CallrollConfig {
  path: string;
  exists: boolean;
  plugins: string[];
  accounts: Record<string, Record<string, AccountSettings>>;
}

/** Reads and checks the config file. A missing file at the default place is an empty config. */
export async function readConfig(
  location: ConfigLocation,
  messages: AccountMessages,
): Promise<CallrollConfig> {
  const text = await readConfigText(location, messages);
  if (text === undefined) return { path: location.path, exists: false, plugins: [], accounts: {} };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the mistake, which may be a secret someone pasted in:
    // only the position is passed on.
    throw new AccountError(messages.configNotJson(location.path, jsonErrorPlace(text, error)), 'settings');
  }
  // `[]`, `null` or `"…"` would otherwise read as a puzzling problem of no place at all.
  const kind = jsonKind(json);
  if (kind !== undefined) throw new AccountError(messages.configNotObject(location.path, kind), 'settings');
  const result = z.safeParse(configSchema, json);
  if (result.success) {
    return {
      path: location.path,
      exists: true,
      plugins: result.data.plugins,
      accounts: result.data.accounts,
    };
  }
  // Worded from each issue's kind and place, never from zod's text, which may quote a value.
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return messages.configUnknownKeys(where, issue.keys);
    if (issue.code === 'invalid_type') return messages.configWrongType(where, issue.expected);
    if (issue.code === 'invalid_union') return messages.configWrongType(where, 'scalar');
    return messages.configBadValue(where);
  });
  throw new AccountError(
    messages.configInvalid(location.path, problems.join(messages.problemSeparator)),
    'settings',
  );
}

function jsonErrorPlace(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (${line}:${column})`;
}

/** What the text holds when it is not an object; undefined for an object. */
function jsonKind(json: unknown): JsonKind | undefined {
  if (json === null) return 'null';
  if (Array.isArray(json)) return 'array';
  const type = typeof json;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : undefined;
}
