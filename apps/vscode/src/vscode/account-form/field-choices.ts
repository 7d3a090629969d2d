import type { SettingsFieldDescription } from '@callroll/core';
import type { Localize } from '../../util/localize.js';

export interface Choice {
  label: string;
  description?: string | undefined;
  value: string | number | boolean;
}

export interface Choices {
  items: Choice[];
  /** Offers "Other…" to type a value not in the list. */
  other: boolean;
}

type ChoiceList = (t: Localize) => Choices;

const timeZones = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'];

// Picks instead of free text for the built-in providers' settings that take one of a few values.
const providerChoices: Record<string, ChoiceList> = {
  'tencent.operatorIdType': (t) => ({
    items: [
      { label: 'userid (1)', description: t('A user’s id (documented for call-outs)'), value: 1 },
      { label: 'open_id (2)', description: t('An app user’s open_id'), value: 2 },
      { label: 'rooms id (3)', description: t('A Tencent Meeting Rooms device'), value: 3 },
    ],
    other: false,
  }),
  'systec.reportsPath': (t) => ({
    items: [
      { label: 'share/reports', description: t('The original documents'), value: 'share/reports' },
      { label: 'share/meetingdetail', description: t('Later revisions'), value: 'share/meetingdetail' },
    ],
    other: true,
  }),
  'systec.reportsIdParameter': (t) => ({
    items: [
      { label: t('Meeting numbers'), description: 'meeting_ids', value: 'meeting_ids' },
      { label: t('Meeting records'), description: 'uuid', value: 'uuid' },
    ],
    other: false,
  }),
  'systec.timeZone': (t) => ({
    items: timeZones.map((zone) => ({
      label: zone,
      ...(zone === 'Asia/Shanghai' ? { description: t('Beijing time') } : {}),
      value: zone,
    })),
    other: true,
  }),
};

// The connection settings' numbers, as a few sensible steps around the provider's default.
const numberSteps: Record<string, readonly number[]> = {
  requestsPerMinute: [60, 120, 300, 600],
  concurrency: [1, 2, 4, 8, 16],
};

/** The values to pick from for a setting, when it has a few sensible ones; undefined for free text. */
export function fieldChoices(
  providerId: string,
  field: SettingsFieldDescription,
  t: Localize,
): Choices | undefined {
  const known = providerChoices[`${providerId}.${field.name}`];
  if (known) return known(t);
  if (field.type === 'boolean')
    return {
      items: [
        { label: t('Yes'), value: true },
        { label: t('No'), value: false },
      ],
      other: false,
    };
  if (field.type === 'enum')
    return { items: (field.options ?? []).map((value) => ({ label: value, value })), other: false };
  const steps = numberSteps[field.name];
  if (field.type === 'number' && steps && typeof field.defaultValue === 'number') {
    const values = [...new Set([...steps, field.defaultValue])].sort((a, b) => a - b);
    return { items: values.map((value) => ({ label: String(value), value })), other: false };
  }
  return undefined;
}
