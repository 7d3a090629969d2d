/** Which optional operations a provider has, so that a front end shows only what works. */
export interface ProviderCapabilities {
  /** `listMeetings` over a date range. */
  listMeetings: boolean;
  /** `listParticipants`: the app (non-phone) participants. */
  listParticipants: boolean;
  /** `getMeeting` also accepts the code people type to join, not only the provider's id. */
  meetingCodes: boolean;
  /** `startCallOut` and `cancelCallOut`. */
  callOut: boolean;
  /** The largest `pageSize` the listings accept. */
  maxPageSize: number;
  /** The page size used when none is asked for. */
  defaultPageSize: number;
}
