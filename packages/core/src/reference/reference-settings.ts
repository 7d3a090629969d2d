import * as z from 'zod/mini';
import { connectionSettingsShape } from '../provider/connection-settings.js';
import { settingsField } from '../provider/settings-field.js';

export const referenceSettingsSchema = z.object({
  ...connectionSettingsShape({
    baseURL: 'http://127.0.0.1:8080/',
    service: 'The reference service',
    requestsPerMinute: 6000,
    requestsPerMinuteNote: 'the reference service sets none, so this only keeps a runaway loop polite',
    concurrency: 8,
  }),
  // Replaces the shape's URL, which has a default: the reference service listens wherever a test
  // or a demo started it, so the URL is always given.
  baseURL: settingsField(z.url(), {
    title: 'Server URL',
    description: 'Where the reference service answers, e.g. http://127.0.0.1:8080/',
    placeholder: 'http://127.0.0.1:8080/',
  }),
  apiKey: settingsField(z.string().check(z.minLength(8)), {
    title: 'API key',
    description: 'The key the reference service accepts, sent as a bearer token',
    secret: true,
  }),
});

export type ReferenceSettings = z.input<typeof referenceSettingsSchema>;
export type ResolvedReferenceSettings = z.output<typeof referenceSettingsSchema>;
