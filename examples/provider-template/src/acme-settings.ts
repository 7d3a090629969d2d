import { connectionSettingsShape, settingsField } from '@callroll/core';
import { z } from 'zod';

export const acmeSettingsSchema = z.object({
  workspace: settingsField(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{3,40}$/, 'must be a workspace name: lower-case letters, digits and hyphens'),
    {
      title: 'Workspace',
      description: 'Your Acme Meet workspace, as in https://acme-meet.example/<workspace>',
      placeholder: 'my-team',
    },
  ),
  token: settingsField(z.string().trim().min(16, 'is too short for an API token'), {
    title: 'API token',
    description: 'Acme Meet → Workspace settings → API tokens',
    secret: true,
  }),
  ...connectionSettingsShape({
    baseURL: 'https://api.acme-meet.example/',
    service: 'Acme Meet',
    requestsPerMinute: 120,
    requestsPerMinuteNote: 'Acme Meet allows a workspace 120 calls a minute',
    concurrency: 4,
  }),
});

export type AcmeSettings = z.input<typeof acmeSettingsSchema>;
export type ResolvedAcmeSettings = z.output<typeof acmeSettingsSchema>;
