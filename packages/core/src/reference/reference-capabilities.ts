import type { ProviderCapabilities } from '../provider/provider-capabilities.js';

/**
 * What the reference provider can do. Its service's data is in memory and a test may change it
 * while a meeting is live, so it has live statuses; it declares no rate limit of its own.
 */
export const referenceCapabilities: ProviderCapabilities = {
  listMeetings: true,
  listParticipants: true,
  meetingCodes: false,
  callOut: false,
  maxPageSize: 100,
  defaultPageSize: 20,
  liveStatus: true,
};

/** What every reference listing checks a page request against: its cursors are page numbers. */
export const referencePageRules = {
  provider: 'reference',
  maxPageSize: referenceCapabilities.maxPageSize,
  defaultPageSize: referenceCapabilities.defaultPageSize,
  cursorPattern: /^[1-9]\d{0,8}$/,
} as const;
