/** A well-known meeting of the seeded data, for tests and demos to address by name. */
export interface FixtureMeeting {
  /** 20-digit string: never a number. */
  meetingId: string;
  /** 9 digits. */
  meetingCode: string;
  subject: string;
  /** Tencent meeting status, e.g. `MEETING_STATE_STARTED`. */
  status: string;
  /** Seeded callouts (callouts placed through the API come on top). */
  calloutCount: number;
  participantCount: number;
}

/** The well-known ids of a seeded dataset. Ids differ between seeds; the roles do not. */
export interface TencentFixtures {
  /** The operator of the credentials: creator of most meetings. */
  operatorId: string;
  /** A registered user with no role in the operator's meetings (their calls get 9042). */
  otherUserId: string;
  /** Not a user of the enterprise (190001). */
  unregisteredUserId: string;
  /** Live, 10,000 callouts across every documented status and a few "". */
  largeCalloutMeeting: FixtureMeeting;
  /** Live; its first seven callouts are, in order, the five documented statuses, "" and an undocumented one. */
  everyStatusMeeting: FixtureMeeting;
  /** Live; every callout status is "" (as in the seed's example). */
  blankStatusMeeting: FixtureMeeting;
  /** Live, a dozen callouts: the place to start and cancel callouts. */
  liveMeeting: FixtureMeeting;
  upcomingMeeting: FixtureMeeting;
  endedMeeting: FixtureMeeting;
  cancelledMeeting: FixtureMeeting;
  /** Created by another user; the operator is a co-host. */
  coHostedMeeting: FixtureMeeting;
  /** Created by another user; the operator is a host. */
  hostedMeeting: FixtureMeeting;
  /** Created by `otherUserId`; the operator has no role (9042 / 500122). */
  foreignMeeting: FixtureMeeting;
  /** Ended, 230 participants (three pages of 100). */
  manyParticipantsMeeting: FixtureMeeting;
  /** Well-formed ids that match no meeting. */
  missingMeetingId: string;
  missingMeetingCode: string;
  /** The status string no Tencent document lists. */
  undocumentedCalloutStatus: string;
  /** How many meetings the operator's listings hold. */
  operatorMeetings: { liveAndUpcoming: number; ended: number };
}
