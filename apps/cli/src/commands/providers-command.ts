import { csvField, describeSettings, type ProviderCapabilities, settingsEnvName } from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import type { CallrollConfig } from '../config/config-file.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';
import { displayWidth, fitCell } from '../output/display-width.js';
import type { OutputFormat } from '../output/output-format.js';
import { loadConfigAndProviders } from '../providers/open-provider.js';
import type { RegisteredProvider } from '../providers/registered-provider.js';
import type { CliContext } from '../run/cli-context.js';
import { openFormat, openSink } from '../run/listing-output.js';

type SettingState = 'env' | 'file' | 'default' | 'missing' | 'unset';

interface SettingListing {
  name: string;
  env: string;
  title: string;
  description: string;
  type: string;
  required: boolean;
  secret: boolean;
  default: string | number | boolean | null;
  options: readonly string[] | null;
  /** Where the value would come from now; never the value. */
  state: SettingState;
}

interface ProviderListing {
  id: string;
  displayName: string;
  /** `built-in`, or the plugin as the config file names it. */
  source: string;
  capabilities: ProviderCapabilities;
  settings: SettingListing[];
}

/** `callroll providers` */
export async function runProvidersCommand(context: CliContext, line: CommandLine): Promise<void> {
  const { messages } = context;
  const [extra] = line.positionals;
  if (extra !== undefined) {
    throw new CliError(
      `${messages.unexpectedArgument(extra, 'providers')} ${messages.seeHelp('providers')}`,
      exitCodes.usage,
    );
  }
  const format = openFormat(context, line.options);
  const { config, providers } = await loadConfigAndProviders(context, line.options);
  const listings = [...providers.values()].map((registered) =>
    describeProvider(registered, config, context.env),
  );
  const sink = await openSink(context, line.options);
  await sink.write(renderProviders(format, listings, config, messages));
  await sink.close();
}

function describeProvider(
  registered: RegisteredProvider,
  config: CallrollConfig,
  env: CliContext['env'],
): ProviderListing {
  const { factory } = registered;
  // The account a command would use without --account; none when that would be ambiguous.
  const accounts = config.accounts[factory.id] ?? {};
  const names = Object.keys(accounts);
  const account = accounts.default ?? (names.length === 1 ? accounts[names[0] as string] : undefined) ?? {};
  return {
    id: factory.id,
    displayName: factory.displayName,
    source: registered.plugin ?? 'built-in',
    capabilities: factory.capabilities,
    settings: describeSettings(factory.settingsSchema).map((field) => {
      const envName = settingsEnvName(factory.id, field.name);
      const state: SettingState = env[envName]?.trim()
        ? 'env'
        : field.name in account && !field.secret
          ? 'file'
          : field.defaultValue !== undefined
            ? 'default'
            : field.required
              ? 'missing'
              : 'unset';
      return {
        name: field.name,
        env: envName,
        title: field.title,
        description: field.description,
        type: field.type,
        required: field.required,
        secret: field.secret,
        default: field.defaultValue ?? null,
        options: field.options ?? null,
        state,
      };
    }),
  };
}

function renderProviders(
  format: OutputFormat,
  listings: readonly ProviderListing[],
  config: CallrollConfig,
  messages: Messages,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(listings, null, 2)}\n`;
    case 'ndjson':
      return listings.map((listing) => `${JSON.stringify(listing)}\n`).join('');
    case 'csv':
      return providersCsv(listings);
    case 'table':
      return providersText(listings, config, messages);
  }
}

// CSV is flat: one row per setting, the provider's columns repeated.
function providersCsv(listings: readonly ProviderListing[]): string {
  const header = [
    'provider',
    'displayName',
    'source',
    'listMeetings',
    'maxPageSize',
    'setting',
    'env',
    'type',
    'required',
    'secret',
    'default',
    'state',
    'title',
    'description',
  ];
  const lines = [header.join(',')];
  for (const listing of listings) {
    for (const setting of listing.settings) {
      const cells = [
        listing.id,
        listing.displayName,
        listing.source,
        listing.capabilities.listMeetings,
        listing.capabilities.maxPageSize,
        setting.name,
        setting.env,
        setting.type,
        setting.required,
        setting.secret,
        setting.default,
        setting.state,
        setting.title,
        setting.description,
      ];
      lines.push(cells.map((cell) => csvField(cell, false)).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function providersText(
  listings: readonly ProviderListing[],
  config: CallrollConfig,
  messages: Messages,
): string {
  const blocks = listings.map((listing) => {
    const source = listing.source === 'built-in' ? messages.builtIn : messages.providerSource(listing.source);
    const capabilities = (['listMeetings', 'meetingCodes', 'listParticipants', 'callOut'] as const)
      .filter((name) => listing.capabilities[name])
      .map((name) => messages.capability[name]);
    const envWidth = Math.max(...listing.settings.map((setting) => displayWidth(setting.env)));
    const stateWidth = Math.max(
      ...listing.settings.map((setting) => displayWidth(messages.settingState(setting.state))),
    );
    const settings = listing.settings.map((setting) => {
      const flags = messages.settingFlags({
        required: setting.required,
        secret: setting.secret,
        defaultValue: setting.default === null ? undefined : String(setting.default),
      });
      const state = fitCell(messages.settingState(setting.state), stateWidth, 'left', false);
      return `    ${fitCell(setting.env, envWidth, 'left', false)}  ${state}  ${setting.title}: ${flags}`;
    });
    return [
      `${listing.id}  ${listing.displayName}  (${source})`,
      `  ${messages.capabilitiesLine(capabilities, listing.capabilities.maxPageSize)}`,
      `  ${messages.settingsHeading}`,
      ...settings,
    ].join('\n');
  });
  const plugins = config.plugins.length === 0 ? [messages.noPlugins(config.path)] : [];
  return `${[...blocks, ...plugins].join('\n\n')}\n`;
}
