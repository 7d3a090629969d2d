import type { ProviderCapabilities } from '@callroll/core';

export const tencentCapabilities: ProviderCapabilities = {
  listMeetings: true,
  listParticipants: true,
  meetingCodes: true,
  callOut: true,
  maxPageSize: 100,
  defaultPageSize: 20,
};
