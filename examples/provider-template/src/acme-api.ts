import { createJsonApi, type JsonApi, type ProviderOptions, transportFromSettings } from '@callroll/core';
import { acmeErrors } from './acme-errors.js';
import type { ResolvedAcmeSettings } from './acme-settings.js';

export interface AcmeApi extends JsonApi {
  /** Where the workspace's calls go: `v2/workspaces/<workspace>`. */
  readonly workspacePath: string;
}

/** One workspace's API: the token on every attempt, every answer read with Acme's error table. */
export function createAcmeApi(settings: ResolvedAcmeSettings, options: ProviderOptions): AcmeApi {
  const transport = transportFromSettings(
    settings,
    {
      provider: 'acme',
      userAgent: 'callroll-provider-acme/0.0.0',
      // Acme counts calls per workspace: providers of one workspace share one limit.
      account: settings.workspace,
      secrets: [settings.token],
      secretHeaders: ['x-acme-token'],
      beforeAttempt: (attempt) => {
        attempt.headers['x-acme-token'] = settings.token;
      },
    },
    options,
  );
  // The workspace name was checked by the settings schema: nothing in it can leave the path.
  return { ...createJsonApi(transport, acmeErrors), workspacePath: `v2/workspaces/${settings.workspace}` };
}
