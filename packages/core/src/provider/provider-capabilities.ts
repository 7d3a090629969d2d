/** An account's request budget: at most `requests` calls in any `windowMs`, `concurrency` at once. */
export interface RateBudget {
  requests: number;
  windowMs: number;
  /**
   * Requests the account's transport has in flight at once: the listings read that many pages
   * ahead. Absent: 4.
   */
  concurrency?: number | undefined;
}

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
  /**
   * The phone participants of a live meeting can be read while it runs, and their statuses move
   * (what `trackPhoneParticipants` polls). Absent: false. Optional so that v1 plugins written
   * before it stay valid.
   */
  liveStatus?: boolean | undefined;
  /**
   * The client-side request limit of the account the provider was made for (from its settings),
   * so that pollers take only a share of it. Absent on a factory's capabilities, or unknown.
   */
  rateBudget?: RateBudget | undefined;
  /** The most numbers one `startCallOut` or `cancelCallOut` request takes. Absent: no limit. */
  callOutBatchSize?: number | undefined;
  /** The country calling codes the provider can call out to (`['86', '852', '1']`). Absent: any. */
  callOutCallingCodes?: readonly string[] | undefined;
}
