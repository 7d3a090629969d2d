import { describeSettings, type ProviderV1 } from '@callroll/core';
import type { Account } from '../accounts/account.js';
import type { Services } from '../vscode/services.js';

/** A tool's input names an account by its id or its label; a single account needs no name. */
export function pickAccount(services: Services, ref: string | undefined, provider?: string): Account {
  const all = services.accounts.list().filter((account) => !provider || account.providerId === provider);
  if (ref !== undefined && ref !== '') {
    const found = all.find((account) => account.id === ref) ?? all.find((account) => account.label === ref);
    if (!found)
      throw new Error(
        `No Callroll account "${ref}": call callroll_list_providers for the accounts there are`,
      );
    return found;
  }
  const [only, ...others] = all;
  if (!only) throw new Error('No Callroll account is set up in VS Code: add one in the Callroll view');
  if (others.length > 0)
    throw new Error(
      `Several Callroll accounts: name one as "account" (${all.map((account) => `"${account.label}"`).join(', ')})`,
    );
  return only;
}

/** The account's provider, with the meeting a tool names (its id or the code people type). */
export async function openMeeting(
  services: Services,
  input: { account?: string | undefined; meeting: string },
) {
  const account = pickAccount(services, input.account);
  const provider: ProviderV1 = await account.provider();
  const meeting = await provider.getMeeting(input.meeting);
  return { account, provider, meeting };
}

/**
 * The names of the required settings an account has no value for, in settings.json or the secret
 * storage: never a value, never whether a secret is right.
 */
export async function missingSettings(services: Services, account: Account): Promise<string[]> {
  if (account.kind !== 'configured') return [];
  const config = services.store.get(account.id);
  const registration = services.registry.factory(account.providerId);
  if (!config || !registration) return [];
  const secrets = await services.store.readSecrets(account.id);
  return describeSettings(registration.factory.settingsSchema)
    .filter((field) => field.required && field.defaultValue === undefined)
    .filter((field) => (field.secret ? secrets[field.name] : config.settings[field.name]) === undefined)
    .map((field) => field.name);
}
