import { createHash } from 'node:crypto';
import { transportFromSettings } from '../provider/connection-settings.js';
import { createJsonApi, type JsonApi } from '../provider/json-api.js';
import type { ProviderOptions } from '../provider/provider-v1.js';
import { referenceErrors } from './reference-errors.js';
import type { ResolvedReferenceSettings } from './reference-settings.js';

/**
 * One account's API: the key as a bearer token on every attempt, every answer read once with the
 * reference service's error table.
 */
export function createReferenceApi(settings: ResolvedReferenceSettings, options: ProviderOptions): JsonApi {
  const transport = transportFromSettings(
    settings,
    {
      provider: 'reference',
      userAgent: 'callroll-reference-provider',
      // The key is all that names the account, and it is a secret: the limiter gets a digest.
      account: createHash('sha256').update(settings.apiKey).digest('hex').slice(0, 16),
      secrets: [settings.apiKey],
      secretHeaders: ['authorization'],
      beforeAttempt: (attempt) => {
        attempt.headers.authorization = `Bearer ${settings.apiKey}`;
      },
    },
    options,
  );
  return createJsonApi(transport, referenceErrors);
}
