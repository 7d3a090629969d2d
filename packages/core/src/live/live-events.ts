import type { Meeting } from '../model/meeting.js';
import type { PhoneParticipant, PhoneStatus } from '../model/phone-participant.js';
import type { PhoneSummary } from '../summary/phone-summary.js';
import type { PollBudget } from './poll-interval.js';

/** A line as a round left it: `key` names the same line from round to round (and in its events). */
export interface LiveLine {
  key: string;
  participant: PhoneParticipant;
}

/** A phone line first seen (on the first round: every line there is). */
export interface PhoneAddedEvent {
  type: 'added';
  meetingId: string;
  /** The line's identity across rounds, as in the round's `lines`. */
  key: string;
  participant: PhoneParticipant;
  from?: undefined;
  to: PhoneStatus;
  /** When the round that saw it ran. */
  at: Date;
  round: number;
}

/**
 * A line's status moved since the round before (its provider text may move alone: `to` and
 * `from` are then both `unknown`). A line that moved twice between two rounds shows one change.
 */
export interface PhoneStatusChangedEvent {
  type: 'status-changed';
  meetingId: string;
  /** The line's identity across rounds, as in the round's `lines`. */
  key: string;
  participant: PhoneParticipant;
  from: PhoneStatus;
  to: PhoneStatus;
  at: Date;
  round: number;
}

/** A line the listing no longer holds (said only after a round that read the whole listing). */
export interface PhoneRemovedEvent {
  type: 'removed';
  meetingId: string;
  /** The line's identity across rounds, as in the round's `lines`. */
  key: string;
  /** As it was last seen. */
  participant: PhoneParticipant;
  from: PhoneStatus;
  to?: undefined;
  at: Date;
  round: number;
}

export type PhoneChangeEvent = PhoneAddedEvent | PhoneStatusChangedEvent | PhoneRemovedEvent;

/** After each round's changes: where the meeting stands and when the next round comes. */
export interface LiveRoundEvent {
  type: 'round';
  meetingId: string;
  round: number;
  at: Date;
  /** The lines now, by status (the core's `PhoneSummaryBuilder`). */
  counts: PhoneSummary;
  /** The lines now, in listing order: what a view shows. */
  lines: readonly LiveLine[];
  /** Changes this round. */
  changes: number;
  /** Requests this round made: the listing's pages, and the meeting's status when it was read. */
  callsThisRound: number;
  /** False when the listing ended short of the total it announced: no line was said removed. */
  complete: boolean;
  /** The wait before the next round (none comes once the meeting ended). */
  intervalMs: number;
  budget: PollBudget;
  /** The meeting as last read. */
  meeting: Meeting;
}

/** The last event: the meeting ended (or was cancelled), after a final round. */
export interface LiveMeetingEndedEvent {
  type: 'meeting-ended';
  meetingId: string;
  meeting: Meeting;
  at: Date;
  round: number;
}

export type LiveEvent = PhoneChangeEvent | LiveRoundEvent | LiveMeetingEndedEvent;
