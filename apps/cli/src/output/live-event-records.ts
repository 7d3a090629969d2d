import type { LiveEvent, LiveRoundEvent, PhoneParticipant, PhoneSummary } from '@callroll/core';
import type { WatchTally } from '../run/watch-tally.js';
import type { Column } from './column.js';
import { toRecord } from './listing-writer.js';

export type WatchEndReason = 'meeting-ended' | 'interrupted' | 'error';

const countsOf = (summary: PhoneSummary) => ({
  lines: summary.count,
  counts: summary.byStatus,
  unknownRawStatuses: Object.fromEntries(summary.unknownRawStatuses),
});

/**
 * One NDJSON line of `callroll watch`: a change `{type, meetingId, participant, from, to, at,
 * round}` (the participant with the keys of `callroll phones`, masked unless --no-mask), a round
 * with its counts and budget, or the meeting's end.
 */
export function liveEventRecord(
  event: LiveEvent,
  columns: readonly Column<PhoneParticipant>[],
): Record<string, unknown> {
  const base = { type: event.type, meetingId: event.meetingId };
  if (event.type === 'round') return roundRecord(event, base);
  if (event.type === 'meeting-ended') {
    return { ...base, status: event.meeting.status, at: event.at.toISOString(), round: event.round };
  }
  return {
    ...base,
    participant: toRecord(columns, event.participant),
    from: event.from ?? null,
    to: event.to ?? null,
    at: event.at.toISOString(),
    round: event.round,
  };
}

function roundRecord(event: LiveRoundEvent, base: { type: string; meetingId: string }) {
  return {
    ...base,
    round: event.round,
    at: event.at.toISOString(),
    meetingStatus: event.meeting.status,
    ...countsOf(event.counts),
    changes: event.changes,
    complete: event.complete,
    callsThisRound: event.callsThisRound,
    intervalMs: event.intervalMs,
    budget: event.budget,
  };
}

/** The last line: why the watch stopped, and what it saw. */
export function watchSummaryRecord(
  meetingId: string,
  tally: WatchTally,
  reason: WatchEndReason,
): Record<string, unknown> {
  const latest = tally.latest;
  return {
    type: 'summary',
    meetingId,
    reason,
    startedAt: tally.startedAt.toISOString(),
    at: new Date().toISOString(),
    rounds: tally.rounds,
    calls: tally.calls,
    firstLook: tally.firstLook,
    changes: tally.changes,
    ...(latest ? { meetingStatus: latest.meeting.status, ...countsOf(latest.counts) } : {}),
  };
}
