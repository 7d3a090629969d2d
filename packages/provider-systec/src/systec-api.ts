import {
  createJsonApi,
  type JsonApi,
  type JsonCall,
  type ProviderOptions,
  transportFromSettings,
} from '@callroll/core';
import type * as zc from 'zod/v4/core';
import { systecErrors } from './systec-errors.js';
import type { ResolvedSystecSettings } from './systec-settings.js';
import { PACKAGE_NAME, VERSION } from './version.js';

/** A Systec call: a path and its form fields besides the credentials. */
export type SystecCall<S extends zc.$ZodType> = Omit<
  JsonCall<S>,
  'method' | 'form' | 'json' | 'idempotent'
> & {
  form: [string, string][];
};

export interface SystecApi {
  call<S extends zc.$ZodType>(call: SystecCall<S>): Promise<zc.output<S>>;
  close(): Promise<void>;
}

/**
 * One Systec account's API. Every call is a form POST with `api_key` and `api_secret` in the
 * body, never in the URL where proxies and logs would keep the secret. The calls only read, so
 * they are marked idempotent and retried like GETs.
 */
export function createSystecApi(settings: ResolvedSystecSettings, options: ProviderOptions = {}): SystecApi {
  const transport = transportFromSettings(
    settings,
    {
      provider: 'systec',
      userAgent: `${PACKAGE_NAME}/${VERSION}`,
      account: settings.apiKey,
      secrets: [settings.apiSecret],
      secretFields: ['api_secret'],
    },
    options,
  );
  const api: JsonApi = createJsonApi(transport, systecErrors);
  return {
    call: ({ form, ...call }) =>
      api.call({
        ...call,
        method: 'POST',
        form: [['api_key', settings.apiKey], ['api_secret', settings.apiSecret], ...form],
        idempotent: true,
      }),
    close: () => api.close(),
  };
}
