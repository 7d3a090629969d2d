import { isValidTimeZone, settingsField } from '@callroll/core';
import { z } from 'zod';

export const systecSettingsSchema = z.object({
  apiKey: settingsField(z.string().trim().min(1), {
    title: 'API key',
    description: 'The public-room API key from the Systec UMeeting console / API Key',
  }),
  apiSecret: settingsField(z.string().trim().min(1), {
    title: 'API secret',
    description: 'The API secret; sent only in the form body of each call / API Secret',
    secret: true,
  }),
  baseURL: settingsField(z.url().default('https://api.systeccloud.com/umeeting/'), {
    title: 'API URL',
    description: 'Systec UMeeting’s API; change it only for an emulator or a proxy',
  }),
  timeZone: settingsField(
    z
      .string()
      .refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
      .default('Asia/Shanghai'),
    {
      title: 'Time zone',
      description: 'The zone of the service’s naive times (documented neither way; Beijing time by default)',
    },
  ),
  reportsPath: settingsField(
    z
      .string()
      .regex(/^[a-z][a-z0-9/_-]*$/, 'must be a relative API path')
      .default('share/reports'),
    {
      title: 'Reports path',
      description: 'The meeting reports call: share/reports (the original document) or share/meetingdetail',
    },
  ),
  reportsIdParameter: settingsField(
    z
      .string()
      .regex(/^[a-z_]+$/, 'must be a parameter name')
      .default('meeting_ids'),
    {
      title: 'Reports id parameter',
      description:
        'How the reports call names its ids: meeting_ids (meeting numbers) or uuid (meeting records)',
    },
  ),
  hostId: settingsField(z.string().trim().min(1).optional(), {
    title: 'Room (host id)',
    description: 'List the meetings of this public room only',
  }),
  requestsPerMinute: settingsField(z.number().int().min(1).max(10_000).default(300), {
    title: 'Requests per minute',
    description: 'Client-side limit; Systec documents none, so stay polite',
  }),
  concurrency: settingsField(z.number().int().min(1).max(64).default(4), {
    title: 'Concurrent requests',
    description: 'Requests in flight at once for this account',
  }),
  allowInsecureHttp: settingsField(z.boolean().default(false), {
    title: 'Allow plain HTTP',
    description: 'Allow http:// to hosts other than this machine',
  }),
});

export type SystecSettings = z.input<typeof systecSettingsSchema>;
export type ResolvedSystecSettings = z.output<typeof systecSettingsSchema>;
