import type { ProviderCapabilities } from '@callroll/core';

export const acmeCapabilities: ProviderCapabilities = {
  listMeetings: false,
  listParticipants: false,
  meetingCodes: false,
  callOut: false,
  maxPageSize: 50,
  defaultPageSize: 25,
};
