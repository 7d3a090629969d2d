import type { ProviderCapabilities } from '@callroll/core';

export const systecCapabilities: ProviderCapabilities = {
  listMeetings: true,
  listParticipants: true,
  meetingCodes: false,
  callOut: false,
  // Phone and app participants come whole with a meeting's report and are paged here.
  maxPageSize: 1000,
  defaultPageSize: 1000,
  // Reports exist only once a meeting ended: nothing to follow while it runs.
  liveStatus: false,
};

/** The page rules every Systec listing shares; each adds its cursor's shape. */
export const systecPageRules = {
  provider: 'systec',
  maxPageSize: systecCapabilities.maxPageSize,
  defaultPageSize: systecCapabilities.defaultPageSize,
} as const;
