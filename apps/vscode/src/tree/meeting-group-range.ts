import type { DateRange, Meeting } from '@callroll/core';

export type MeetingGroupKind = 'live' | 'ended';

const day = 86_400_000;

/**
 * The date range a group asks the provider for, and which meetings of the answer it keeps.
 * "Live and upcoming" looks a day back (a live meeting may have started yesterday or overrun its
 * planned end) and `upcomingDays` ahead; "Ended" looks `endedDays` back.
 */
export function meetingGroupRange(
  kind: MeetingGroupKind,
  now: Date,
  days: { endedDays: number; upcomingDays: number },
): DateRange {
  const time = now.getTime();
  return kind === 'live'
    ? { from: new Date(time - day), to: new Date(time + days.upcomingDays * day) }
    : { from: new Date(time - days.endedDays * day), to: new Date(time) };
}

export function belongsToGroup(kind: MeetingGroupKind, meeting: Meeting): boolean {
  if (kind === 'live')
    return meeting.status === 'live' || meeting.status === 'scheduled' || meeting.status === 'unknown';
  return meeting.status === 'ended' || meeting.status === 'cancelled';
}
