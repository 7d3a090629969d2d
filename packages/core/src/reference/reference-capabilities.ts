import type { ProviderCapabilities } from '../provider/provider-capabilities.js';

export const referenceCapabilities: ProviderCapabilities = {
  listMeetings: true,
  listParticipants: true,
  meetingCodes: false,
  callOut: false,
  maxPageSize: 100,
  defaultPageSize: 20,
};

/** What every reference listing checks a page request against: its cursors are page numbers. */
export const referencePageRules = {
  provider: 'reference',
  maxPageSize: referenceCapabilities.maxPageSize,
  defaultPageSize: referenceCapabilities.defaultPageSize,
  cursorPattern: /^[1-9]\d{0,8}$/,
} as const;
