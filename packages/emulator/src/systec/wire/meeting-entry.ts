import type { SystecAttendance, SystecParticipant } from '../../data/systec/systec-attendance.js';
import type { SystecMeeting } from '../../data/systec/systec-meeting.js';
import type { TelephonyCall } from '../../data/systec/telephony.js';
import { durationValue, flagValue, meetingIdValue } from './loose-values.js';
import type { WireStyle } from './wire-style.js';

/** Which arrays a meeting is written with. */
export interface EntryParts {
  participants: boolean;
  telephonyUsage: boolean;
}

/**
 * A meeting as the seed writes it (`uuid`, `host_id`, `meeting_id`, `topic`, `start_time`,
 * `duration`, `end_time`, `is_extra`, `participants`, `telephony_usage`), with the scenario's
 * quirks applied record by record. A live meeting has no `end_time` (or `""` with
 * `empty-end-time`); attendees still in it have no `leave_time`.
 */
export function meetingEntry(
  meeting: SystecMeeting,
  attendance: SystecAttendance,
  parts: EntryParts,
  style: WireStyle,
): Record<string, unknown> {
  const { dice, times } = style;
  const key = meeting.uuid;
  const unpadded = dice.hits('unpadded-dates', key);
  const entry: Record<string, unknown> = {
    uuid: meeting.uuid,
    host_id: meeting.hostId,
    meeting_id: meetingIdValue(meeting.meetingId, dice, key),
    topic: meeting.topic,
    start_time: times.timestamp(meeting.startSeconds, unpadded),
    duration: durationValue(meeting.scheduledMinutes, dice, key),
  };
  if (dice.hits('empty-end-time', key)) entry.end_time = '';
  else if (meeting.endSeconds !== undefined) entry.end_time = times.timestamp(meeting.endSeconds, unpadded);
  entry.is_extra = flagValue(meeting.isExtra, dice, key);
  const live = meeting.endSeconds === undefined;
  if (parts.participants) {
    entry.participants = attendance.participants.map((participant, index) =>
      participantEntry(participant, `${key}#p${index}`, live, style),
    );
  }
  if (parts.telephonyUsage) {
    entry.telephony_usage = attendance.calls.map((call, index) => callEntry(call, `${key}#c${index}`, style));
  }
  return entry;
}

function participantEntry(
  participant: SystecParticipant,
  key: string,
  live: boolean,
  style: WireStyle,
): Record<string, unknown> {
  const unpadded = style.dice.hits('unpadded-dates', key);
  const entry: Record<string, unknown> = {
    name: participant.name,
    join_time: style.times.timestamp(participant.joinSeconds, unpadded),
  };
  // Live attendees still in have no leave time at all; `missing-leave-time` drops some more.
  const dropped = !live && style.dice.hits('missing-leave-time', key);
  if (participant.leaveSeconds !== undefined && !dropped) {
    entry.leave_time = style.times.timestamp(participant.leaveSeconds, unpadded);
  }
  return entry;
}

function callEntry(call: TelephonyCall, key: string, style: WireStyle): Record<string, unknown> {
  const unpadded = style.dice.hits('unpadded-dates', key);
  return {
    phone_number: call.phoneNumber,
    type: call.type,
    start_time: style.times.timestamp(call.startSeconds, unpadded),
    end_time: style.times.timestamp(call.endSeconds, unpadded),
    duration: durationValue(call.durationMinutes, style.dice, key),
    // Whole fen divided once: 12 / 100 serialises as 0.12, never 0.12000000000000001.
    total: call.totalFen / 100,
  };
}
