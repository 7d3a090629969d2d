import { type CallrollConfig, describeProvider, type ProviderListing } from '@callroll/accounts';
import { csvField } from '@callroll/core';
import type { CommandLine } from '../cli/parse-command-line.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';
import { displayWidth, fitCell } from '../output/display-width.js';
import type { OutputFormat } from '../output/output-format.js';
import { loadConfigAndProviders } from '../providers/open-provider.js';
import type { CliContext } from '../run/cli-context.js';
import { openFormat, openSink } from '../run/listing-output.js';

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
