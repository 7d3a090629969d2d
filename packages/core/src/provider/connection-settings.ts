import * as z from 'zod/mini';
import { createHttpTransport } from '../transport/http-transport.js';
import type { HttpTransport, HttpTransportOptions } from '../transport/transport-types.js';
import type { RateBudget } from './provider-capabilities.js';
import type { ProviderOptions } from './provider-v1.js';
import { settingsField } from './settings-field.js';

/** What a provider's connection settings default to: its service and the limits it documents. */
export interface ConnectionDefaults {
  /** The service's API, e.g. `https://api.meeting.qq.com`. */
  baseURL: string;
  /** The service's name in the field descriptions. */
  service: string;
  requestsPerMinute: number;
  /** Why the rate limit is what it is, e.g. "Tencent allows a self-built app 300 calls a minute". */
  requestsPerMinuteNote: string;
  concurrency: number;
}

/**
 * The settings every HTTP provider has: where its API is, the client-side rate limit and
 * concurrency, and whether plain HTTP may go beyond this machine. Spread into a settings schema.
 */
export function connectionSettingsShape(defaults: ConnectionDefaults) {
  return {
    baseURL: settingsField(z._default(z.url(), defaults.baseURL), {
      title: 'API URL',
      description: `${defaults.service}’s API; change it only for an emulator or a proxy`,
    }),
    requestsPerMinute: settingsField(
      z._default(z.int().check(z.minimum(1), z.maximum(10_000)), defaults.requestsPerMinute),
      {
        title: 'Requests per minute',
        description: `Client-side limit; ${defaults.requestsPerMinuteNote}`,
      },
    ),
    concurrency: settingsField(z._default(z.int().check(z.minimum(1), z.maximum(64)), defaults.concurrency), {
      title: 'Concurrent requests',
      description: 'Requests in flight at once for this account',
    }),
    allowInsecureHttp: settingsField(z._default(z.boolean(), false), {
      title: 'Allow plain HTTP',
      description: 'Allow http:// to hosts other than this machine (never needed for the service itself)',
    }),
  };
}

/** The resolved connection settings (defaults filled in). */
export interface ConnectionSettings {
  baseURL: string;
  requestsPerMinute: number;
  concurrency: number;
  allowInsecureHttp: boolean;
}

/** What a provider adds to its connection settings to make its transport. */
export type TransportSpec = Omit<
  HttpTransportOptions,
  | 'baseURL'
  | 'allowInsecureHttp'
  | 'concurrency'
  | 'rateLimit'
  | 'accountKey'
  | 'maxRetries'
  | 'timeoutMs'
  | 'onEvent'
  | 'rateLimitWindowMs'
> & {
  /** Names the account among others of the provider (an app id, an API key); not a secret. */
  account: string;
  /** The service's rate-limit window (default 60 s); `ProviderOptions.rateLimitWindowMs` overrides. */
  rateLimitWindowMs?: number | undefined;
};

/**
 * One provider account's transport from its connection settings: the rate limit per window,
 * concurrency, and an account key so that providers of one account in a process share one limit.
 */
export function transportFromSettings(
  settings: ConnectionSettings,
  spec: TransportSpec,
  options: ProviderOptions = {},
): HttpTransport {
  const { account, rateLimitWindowMs, ...rest } = spec;
  const windowMs = options.rateLimitWindowMs ?? rateLimitWindowMs ?? 60_000;
  return createHttpTransport({
    ...rest,
    baseURL: settings.baseURL,
    allowInsecureHttp: settings.allowInsecureHttp,
    // Every limit is part of the key: providers of one account with other limits do not share.
    accountKey: `${spec.provider}|${settings.baseURL}|${account}|${settings.requestsPerMinute}|${settings.concurrency}|${windowMs}`,
    concurrency: settings.concurrency,
    rateLimit: { requests: settings.requestsPerMinute, intervalMs: windowMs },
    rateLimitWindowMs: windowMs,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    onEvent: options.onEvent,
  });
}

/**
 * The budget an account's transport keeps to (see `transportFromSettings`), for its provider's
 * `capabilities.rateBudget`: pollers take a share of it and listings read as many pages ahead as
 * it lets through at once.
 */
export function rateBudgetOf(settings: ConnectionSettings, windowMs = 60_000): RateBudget {
  return { requests: settings.requestsPerMinute, windowMs, concurrency: settings.concurrency };
}
