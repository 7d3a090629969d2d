import type { MeetingStatus, PhoneStatus } from '@callroll/core';
import type { Localize } from '../util/localize.js';
import type { IconSpec } from './icon-spec.js';

// Theme colours (not fixed ones) so that statuses read well in light, dark and high-contrast themes.
const phoneStatusIcons: Record<PhoneStatus, IconSpec> = {
  calling: { id: 'call-outgoing', color: 'charts.yellow' },
  connected: { id: 'circle-filled', color: 'charts.green' },
  ended: { id: 'pass', color: 'charts.blue' },
  unanswered: { id: 'error', color: 'charts.red' },
  cancelled: { id: 'circle-slash', color: 'disabledForeground' },
  unknown: { id: 'question', color: 'charts.purple' },
};

const meetingStatusIcons: Record<MeetingStatus, IconSpec> = {
  live: { id: 'broadcast', color: 'charts.green' },
  scheduled: { id: 'calendar', color: 'charts.blue' },
  ended: { id: 'history' },
  cancelled: { id: 'circle-slash', color: 'disabledForeground' },
  unknown: { id: 'question', color: 'charts.purple' },
};

/** Statuses in the order an admin looks at them: still ringing, on the line, not reached, done. */
export const phoneStatusOrder: readonly PhoneStatus[] = [
  'calling',
  'connected',
  'unanswered',
  'ended',
  'cancelled',
  'unknown',
];

export function phoneStatusIcon(status: PhoneStatus): IconSpec {
  return phoneStatusIcons[status];
}

export function meetingStatusIcon(status: MeetingStatus): IconSpec {
  return meetingStatusIcons[status];
}

/** The status in words; an unknown one names the provider's own text. */
export function phoneStatusLabel(status: PhoneStatus, rawStatus: string | undefined, t: Localize): string {
  switch (status) {
    case 'calling':
      return t('Calling');
    case 'connected':
      return t('Connected');
    case 'ended':
      return t('Ended');
    case 'unanswered':
      return t('Unanswered');
    case 'cancelled':
      return t('Cancelled');
    default:
      return rawStatus ? t('Unknown ({0})', rawStatus) : t('Unknown');
  }
}

export function meetingStatusLabel(status: MeetingStatus, t: Localize): string {
  switch (status) {
    case 'live':
      return t('Live');
    case 'scheduled':
      return t('Upcoming');
    case 'ended':
      return t('Ended');
    case 'cancelled':
      return t('Cancelled');
    default:
      return t('Unknown');
  }
}

export function directionLabel(direction: string, t: Localize): string {
  switch (direction) {
    case 'call-out':
      return t('Call-out');
    case 'call-in':
      return t('Call-in');
    case 'toll-free':
      return t('Toll-free');
    default:
      return t('Unknown');
  }
}
