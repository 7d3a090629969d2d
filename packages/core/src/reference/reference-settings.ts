import { z } from 'zod';
import { settingsField } from '../provider/settings-field.js';

export const referenceSettingsSchema = z.object({
  baseURL: settingsField(z.url(), {
    title: 'Server URL',
    description: 'Where the reference service answers, e.g. http://127.0.0.1:8080/',
    placeholder: 'http://127.0.0.1:8080/',
  }),
  apiKey: settingsField(z.string().min(8), {
    title: 'API key',
    description: 'The key the reference service accepts, sent as a bearer token',
    secret: true,
  }),
  concurrency: settingsField(z.number().int().min(1).max(64).default(8), {
    title: 'Concurrent requests',
    description: 'Requests in flight at once for this account',
  }),
});

export type ReferenceSettings = z.input<typeof referenceSettingsSchema>;
