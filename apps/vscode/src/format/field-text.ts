import { describeSettings, type SettingsFieldDescription, type SettingsSchema } from '@callroll/core';
import type { Localize } from '../util/localize.js';

export interface FieldText {
  title: string;
  description: string;
}

type Texts = (t: Localize) => FieldText;

// The built-in providers' settings, in the person's language (their schemas are in English).
const providerFields: Record<string, Texts> = {
  'tencent.appId': (t) => ({
    title: t('AppId'),
    description: t('Your enterprise’s AppId: Tencent Meeting admin console → 企业自建应用'),
  }),
  'tencent.secretId': (t) => ({ title: t('SecretId'), description: t('The app’s SecretId') }),
  'tencent.secretKey': (t) => ({
    title: t('SecretKey'),
    description: t('The app’s SecretKey, used only to sign requests; kept in the secret storage'),
  }),
  'tencent.sdkId': (t) => ({
    title: t('SdkId'),
    description: t('Only if Tencent allocated one to your app; a wrong one fails every call'),
  }),
  'tencent.operatorId': (t) => ({
    title: t('Operator id'),
    description: t('The userid calls are made as: the meeting’s creator, host or co-host'),
  }),
  'tencent.operatorIdType': (t) => ({
    title: t('Operator id type'),
    description: t('What kind of id the operator id is'),
  }),
  'systec.apiKey': (t) => ({
    title: t('API key'),
    description: t('The public room’s API key, from the Systec UMeeting console'),
  }),
  'systec.apiSecret': (t) => ({
    title: t('API secret'),
    description: t('The API secret; kept in the secret storage'),
  }),
  'systec.timeZone': (t) => ({
    title: t('Time zone'),
    description: t('The zone of the service’s times (Beijing time unless the service says otherwise)'),
  }),
  'systec.reportsPath': (t) => ({
    title: t('Meeting reports call'),
    description: t('share/reports (the original documents) or share/meetingdetail (later revisions)'),
  }),
  'systec.reportsIdParameter': (t) => ({
    title: t('Meeting reports by'),
    description: t('Meeting numbers (meeting_ids) or meeting records (uuid)'),
  }),
  'systec.hostId': (t) => ({
    title: t('Room (host id)'),
    description: t('List the meetings of this public room only'),
  }),
};

// The connection settings every provider built on the core's `connectionSettingsShape` has,
// recognised by their English title so that another provider's field of the same name is left alone.
const connectionFields: Record<string, { title: string; texts: Texts }> = {
  baseURL: {
    title: 'API URL',
    texts: (t) => ({
      title: t('API URL'),
      description: t('The service’s address; change it only for an emulator or a proxy'),
    }),
  },
  requestsPerMinute: {
    title: 'Requests per minute',
    texts: (t) => ({ title: t('Requests per minute'), description: t('A limit Callroll keeps to itself') }),
  },
  concurrency: {
    title: 'Concurrent requests',
    texts: (t) => ({
      title: t('Concurrent requests'),
      description: t('Requests in flight at once for this account'),
    }),
  },
  allowInsecureHttp: {
    title: 'Allow plain HTTP',
    texts: (t) => ({
      title: t('Allow plain HTTP'),
      description: t('Allow http:// to hosts other than this machine (never needed for the service itself)'),
    }),
  },
};

/** A setting's title and description in the person's language where Callroll knows the field. */
export function fieldText(
  providerId: string,
  field: Pick<SettingsFieldDescription, 'name' | 'title' | 'description'>,
  t: Localize,
): FieldText {
  const known = providerFields[`${providerId}.${field.name}`];
  if (known) return known(t);
  const connection = connectionFields[field.name];
  if (connection && connection.title === field.title) return connection.texts(t);
  return { title: field.title, description: field.description };
}

/** A lookup of the fields' titles by name, for error messages that name fields (`secretKey`). */
export function fieldTitles(
  providerId: string,
  schema: SettingsSchema | undefined,
  t: Localize,
): (name: string) => string {
  const fields = schema ? describeSettings(schema) : [];
  return (name) => {
    const field = fields.find((candidate) => candidate.name === name);
    return field ? fieldText(providerId, field, t).title : name;
  };
}
