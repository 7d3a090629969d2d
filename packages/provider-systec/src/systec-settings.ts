import { connectionSettingsShape, isValidTimeZone, settingsField } from '@callroll/core';
import * as z from 'zod/mini';

export const systecSettingsSchema = z.object({
  apiKey: settingsField(z.string().check(z.trim(), z.minLength(1)), {
    title: 'API key',
    description: 'The public-room API key from the Systec UMeeting console / API Key',
  }),
  apiSecret: settingsField(z.string().check(z.trim(), z.minLength(1)), {
    title: 'API secret',
    description: 'The API secret; sent only in the form body of each call / API Secret',
    secret: true,
  }),
  timeZone: settingsField(
    z._default(
      z.string().check(z.refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai')),
      'Asia/Shanghai',
    ),
    {
      title: 'Time zone',
      description: 'The zone of the service’s naive times (documented neither way; Beijing time by default)',
    },
  ),
  reportsPath: settingsField(
    z._default(
      z.string().check(z.regex(/^[a-z][a-z0-9/_-]*$/, 'must be a relative API path')),
      'share/reports',
    ),
    {
      title: 'Reports path',
      description: 'The meeting reports call: share/reports (the original document) or share/meetingdetail',
    },
  ),
  reportsIdParameter: settingsField(
    z._default(z.string().check(z.regex(/^[a-z_]+$/, 'must be a parameter name')), 'meeting_ids'),
    {
      title: 'Reports id parameter',
      description:
        'How the reports call names its ids: meeting_ids (meeting numbers) or uuid (meeting records)',
    },
  ),
  hostId: settingsField(z.optional(z.string().check(z.trim(), z.minLength(1))), {
    title: 'Room (host id)',
    description: 'List the meetings of this public room only',
  }),
  ...connectionSettingsShape({
    baseURL: 'https://api.systeccloud.com/umeeting/',
    service: 'Systec UMeeting',
    requestsPerMinute: 300,
    requestsPerMinuteNote: 'Systec documents none, so stay polite',
    concurrency: 4,
  }),
});

export type SystecSettings = z.input<typeof systecSettingsSchema>;
export type ResolvedSystecSettings = z.output<typeof systecSettingsSchema>;
