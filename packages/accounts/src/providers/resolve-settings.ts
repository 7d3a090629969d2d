import {
  describeSettings,
  InvalidInputError,
  type InvalidInputIssue,
  type ProviderFactoryV1,
  settingsEnvName,
  settingsFromEnv,
} from '@callroll/core';
import type { AccountSettings, CallrollConfig } from '../config/config-file.js';
import { AccountError } from '../errors/account-error.js';
import type { AccountMessages } from '../i18n/account-messages.js';

export interface ChosenAccount {
  /** undefined when the config file has no account of this provider. */
  name: string | undefined;
  values: AccountSettings;
}

type Env = Readonly<Record<string, string | undefined>>;

/** `--account`, else the account named "default", else the only one, else none. */
export function chooseAccount(
  config: CallrollConfig,
  factory: ProviderFactoryV1,
  requested: string | undefined,
  messages: AccountMessages,
): ChosenAccount {
  const accounts = config.accounts[factory.id] ?? {};
  const names = Object.keys(accounts);
  let name: string | undefined = requested;
  if (name === undefined)
    name = 'default' in accounts ? 'default' : names.length === 1 ? names[0] : undefined;
  if (name === undefined && names.length > 1) {
    throw new AccountError(messages.accountAmbiguous(factory.id, config.path, names), 'settings');
  }
  if (name === undefined) return { name: undefined, values: {} };
  const values = accounts[name];
  if (values === undefined) {
    throw new AccountError(messages.accountNotFound(factory.id, name, config.path, names), 'settings');
  }
  checkAccount(config, factory, name, values, messages);
  return { name, values };
}

// Refuses secrets (they belong in the environment) and unknown names (a typo would otherwise
// surface later as a puzzling "is required"). Values are never repeated.
function checkAccount(
  config: CallrollConfig,
  factory: ProviderFactoryV1,
  account: string,
  values: AccountSettings,
  messages: AccountMessages,
): void {
  const fields = describeSettings(factory.settingsSchema);
  for (const key of Object.keys(values)) {
    const field = fields.find((candidate) => candidate.name === key);
    if (!field) {
      const known = fields.filter((f) => !f.secret).map((f) => f.name);
      throw new AccountError(
        messages.configUnknownSetting(config.path, factory.id, account, key, known.join(', ')),
        'settings',
      );
    }
    if (field.secret) {
      throw new AccountError(
        messages.configSecret(config.path, factory.id, account, key, settingsEnvName(factory.id, key)),
        'settings',
      );
    }
  }
}

export interface ResolvedSettings {
  settings: Record<string, unknown>;
  /** The variables that were read (names only). */
  fromEnv: string[];
  /** The config file's settings that were used and not overridden (names only). */
  fromFile: string[];
}

/** The account's settings with `CALLROLL_<PROVIDER>_<FIELD>` variables over them, checked. */
export function resolveSettings(
  factory: ProviderFactoryV1,
  account: ChosenAccount,
  env: Env,
  config: CallrollConfig,
  messages: AccountMessages,
): ResolvedSettings {
  const fields = describeSettings(factory.settingsSchema);
  const fromEnv = fields
    .map((field) => settingsEnvName(factory.id, field.name))
    .filter((name) => env[name]?.trim());
  const fromFile = Object.keys(account.values).filter(
    (name) => !fromEnv.includes(settingsEnvName(factory.id, name)),
  );
  try {
    const settings = settingsFromEnv(factory, { env, base: account.values }) as Record<string, unknown>;
    return { settings, fromEnv, fromFile };
  } catch (error) {
    if (!InvalidInputError.isInstance(error)) throw error;
    throw settingsError(factory, account, config, error.issues, fromFile, messages);
  }
}

/**
 * One line naming every setting at fault: as the variable to set, or as the config file's
 * entry when the wrong value came from there.
 */
export function settingsError(
  factory: ProviderFactoryV1,
  account: ChosenAccount,
  config: CallrollConfig,
  issues: readonly InvalidInputIssue[],
  fromFile: readonly string[],
  messages: AccountMessages,
): AccountError {
  const fields = describeSettings(factory.settingsSchema);
  const problems = issues.map((issue) => {
    const problem = messages.problemText(issue.problem);
    if (issue.field.startsWith('CALLROLL_')) return messages.settingEnvProblem(issue.field, problem);
    if (fromFile.includes(issue.field) && account.name !== undefined) {
      return messages.settingFileProblem(issue.field, account.name, problem);
    }
    const known = fields.some((field) => field.name === issue.field);
    return messages.settingEnvProblem(
      known ? settingsEnvName(factory.id, issue.field) : issue.field,
      problem,
    );
  });
  const secretVariables = fields
    .filter((field) => field.secret)
    .map((field) => settingsEnvName(factory.id, field.name));
  const hint =
    messages.settingsHintEnv(secretVariables) + messages.settingsHintFile(config.path, account.name);
  return new AccountError(
    messages.settingsInvalid(factory.displayName, problems.join(messages.problemSeparator), hint),
    'settings',
  );
}
