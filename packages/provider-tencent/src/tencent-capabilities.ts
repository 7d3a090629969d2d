import type { ProviderCapabilities } from '@callroll/core';

export const tencentCapabilities: ProviderCapabilities = {
  listMeetings: true,
  listParticipants: true,
  meetingCodes: true,
  callOut: true,
  maxPageSize: 100,
  defaultPageSize: 20,
};

/** The page rules every Tencent listing shares; each adds its cursor's shape. */
export const tencentPageRules = {
  provider: 'tencent',
  maxPageSize: tencentCapabilities.maxPageSize,
  defaultPageSize: tencentCapabilities.defaultPageSize,
} as const;
