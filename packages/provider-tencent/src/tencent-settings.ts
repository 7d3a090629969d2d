import { connectionSettingsShape, settingsField } from '@callroll/core';
import * as z from 'zod/mini';

export const tencentSettingsSchema = z.object({
  appId: settingsField(
    z.string().check(z.trim(), z.regex(/^\d{1,20}$/, 'must be the digits of your enterprise AppId')),
    {
      title: 'AppId',
      description: '企业 ID (AppId): Tencent Meeting admin console → 企业自建应用',
      placeholder: '200000001',
    },
  ),
  secretId: settingsField(z.string().check(z.trim(), z.minLength(8, 'is too short for a SecretId')), {
    title: 'SecretId',
    description: 'The app’s SecretId, sent as X-TC-Key / 应用的 SecretId',
  }),
  secretKey: settingsField(z.string().check(z.trim(), z.minLength(8, 'is too short for a SecretKey')), {
    title: 'SecretKey',
    description: 'The app’s SecretKey, used only to sign requests / 应用的 SecretKey，仅用于签名',
    secret: true,
  }),
  sdkId: settingsField(z.optional(z.string().check(z.trim(), z.regex(/^\d+$/, 'must be digits'))), {
    title: 'SdkId',
    description: 'Only if Tencent allocated one to your app; a wrong one fails every call (190303)',
  }),
  operatorId: settingsField(z.string().check(z.trim(), z.minLength(1)), {
    title: 'Operator id',
    description: 'The userid calls are made as: the meeting’s creator, host or co-host / 操作者 ID',
  }),
  operatorIdType: settingsField(z._default(z.int().check(z.minimum(1), z.maximum(3)), 1), {
    title: 'Operator id type',
    description: '1: userid (documented for phone callouts), 2: open_id, 3: rooms id',
  }),
  ...connectionSettingsShape({
    baseURL: 'https://api.meeting.qq.com',
    service: 'Tencent Meeting',
    requestsPerMinute: 300,
    requestsPerMinuteNote: 'Tencent allows a self-built app 300 calls a minute',
    concurrency: 8,
  }),
});

export type TencentSettings = z.input<typeof tencentSettingsSchema>;
export type ResolvedTencentSettings = z.output<typeof tencentSettingsSchema>;
