/** How a meeting's phone participants are made: at random, or to a fixture's recipe. */
export type CallPlan = 'random' | 'cost-fixture' | 'every-type';

/** One meeting (one occurrence, one uuid) of a public room, before it is written out. */
export interface SystecMeeting {
  /** Keys the seeded streams of its participants and calls: stable whatever the anchor. */
  streamKey: string;
  /** 16 random bytes in standard base64 with padding: contains `/`, `+` and `=`. */
  uuid: string;
  /** The meeting number (9 to 11 digits): what `meeting_ids` asks for. Rooms' personal numbers repeat. */
  meetingId: string;
  /** The public room. */
  hostId: string;
  topic: string;
  /** Unix seconds. */
  startSeconds: number;
  /** Unix seconds; absent while the meeting is live. */
  endSeconds?: number;
  /** The scheduled length in minutes (`duration`), not the time it really took. */
  scheduledMinutes: number;
  /** Held in an extra room made when no resource was free. */
  isExtra: boolean;
  participantCount: number;
  callCount: number;
  callPlan: CallPlan;
}

/** Whether the report endpoints report it: only ended meetings with at least two participants. */
export function isReported(meeting: SystecMeeting): boolean {
  return meeting.endSeconds !== undefined && meeting.participantCount >= 2;
}
