/** A well-known Systec meeting of the seeded data. */
export interface SystecFixtureMeeting {
  /** Contains `/`, `+` or `=` more often than not: form-encode it. */
  uuid: string;
  /** The meeting number, a decimal string. */
  meetingId: string;
  /** The public room. */
  hostId: string;
  topic: string;
  /** The actual start as an ISO UTC string (the wire form depends on the scenario). */
  startTime: string;
  /** App participants. */
  participantCount: number;
  /** Phone participants (`telephony_usage` rows). */
  callCount: number;
  /** Whether share/reports and share/meetingdetail report it (ended, at least two participants). */
  reported: boolean;
}

/** The well-known ids and counts of the Systec half. Ids differ between seeds; the roles do not. */
export interface SystecFixtures {
  /** The account's public rooms (`host_id`s). */
  rooms: { hostId: string; name: string }[];
  /** `today` as share/detail reads it: the day of the emulator's `now`, in Beijing. */
  today: string;
  /**
   * The calendar month before `now`'s: over 1,000 meetings, so that paging and batching matter.
   * `from`/`to` are `yyyy-MM-dd`; `hostId` is the room with the most meetings in it.
   */
  busyMonth: {
    from: string;
    to: string;
    meetingCount: number;
    /** Meetings in it that the report endpoints report. */
    reportedCount: number;
    hostId: string;
    hostMeetingCount: number;
  };
  /** Ended, 1,000 `call-out` calls of 2 minutes at 0.12 yuan: the totals sum to exactly 120.00. */
  costMeeting: SystecFixtureMeeting & { totalFen: number; totalYuan: string };
  /** Ended; its first seven calls are one of each telephony type, in the reference's order. */
  everyTypeMeeting: SystecFixtureMeeting;
  /** Live: no end time, some attendees without `leave_time`; reported as `{"id"}` alone. */
  liveMeeting: SystecFixtureMeeting;
  /** Ended with one participant: no report. */
  tooFewParticipantsMeeting: SystecFixtureMeeting;
  /** Reported, and its uuid contains `+`, `/` and `=`. */
  specialCharactersMeeting: SystecFixtureMeeting;
  /** A room's personal meeting number used by three reported meetings: share/reports answers all three. */
  recurringMeeting: { meetingId: string; uuids: string[] };
  /** Well-formed, match nothing. */
  missingUuid: string;
  missingMeetingId: string;
  /** At most this many ids per report call. */
  maxIdsPerCall: number;
  /** The largest `page_size` share/detail takes. */
  maxPageSize: number;
}
