import { describeProvider } from '@callroll/accounts';
import type { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { loadToolProviders } from '../server/open-tool-provider.js';
import type { ServerContext } from '../server/server-context.js';
import { runTool } from '../server/tool-run.js';

const settingSchema = z.object({
  name: z.string(),
  env: z.string().describe('The variable that sets it'),
  required: z.boolean(),
  secret: z.boolean().describe('Secrets come only from the environment'),
  state: z
    .enum(['env', 'file', 'default', 'missing', 'unset'])
    .describe('Where its value would come from now; the value itself is never told'),
});

const outputSchema = z.object({
  configFile: z.object({ path: z.string(), exists: z.boolean() }),
  numbersShown: z.boolean().describe('Phone numbers are answered in full (--show-numbers)'),
  calloutsAllowed: z
    .boolean()
    .describe('start_callouts, cancel_callouts and redial are offered (--allow-callouts)'),
  providers: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      source: z.string().describe('"built-in", or the plugin that provides it'),
      capabilities: z.object({
        listMeetings: z.boolean(),
        meetingCodes: z.boolean(),
        callOut: z.boolean(),
        maxPageSize: z.number(),
      }),
      accounts: z.array(z.string()).describe('Accounts of the config file'),
      ready: z.boolean().describe('No required setting is missing'),
      missing: z.array(z.string()).describe('The variables of required settings that are not set'),
      settings: z.array(settingSchema),
    }),
  ),
});

export function registerListProviders(server: McpServer, context: ServerContext): void {
  server.registerTool(
    'list_providers',
    {
      title: 'List meeting providers',
      description:
        'The meeting providers Callroll can reach (built in and plugins), what each can do, its accounts, and which of its settings are missing. Never shows a setting value.',
      inputSchema: z.strictObject({}),
      outputSchema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (_input, ctx) =>
      runTool(context, ctx.mcpReq.signal, async (run) => {
        const { config, providers } = await loadToolProviders(run);
        const listed = [...providers.values()].map((registered) => {
          const listing = describeProvider(registered, config, context.env);
          const missing = listing.settings.filter((setting) => setting.state === 'missing');
          return {
            id: listing.id,
            displayName: listing.displayName,
            source: listing.source,
            capabilities: {
              listMeetings: listing.capabilities.listMeetings,
              meetingCodes: listing.capabilities.meetingCodes,
              callOut: listing.capabilities.callOut,
              maxPageSize: listing.capabilities.maxPageSize,
            },
            accounts: Object.keys(config.accounts[listing.id] ?? {}),
            ready: missing.length === 0,
            missing: missing.map((setting) => setting.env),
            settings: listing.settings.map(({ name, env, required, secret, state }) => ({
              name,
              env,
              required,
              secret,
              state,
            })),
          };
        });
        const ready = listed.filter((provider) => provider.ready).map((provider) => provider.id);
        return {
          structured: {
            configFile: { path: config.path, exists: config.exists },
            numbersShown: context.showNumbers,
            calloutsAllowed: context.allowCallouts,
            providers: listed,
          },
          text: context.messages.providersText(listed.length, ready),
        };
      }),
  );
}
