import { type Meeting, meetingPages, type ProviderV1, streamPages } from '@callroll/core';

/** Days of ended meetings that make one page of the group: read whole, so that they can be sorted. */
export const endedWindowDays = 7;
const dayMs = 86_400_000;

export interface EndedMeetingPagesOptions {
  now: Date;
  /** How far back the group looks (`callroll.endedMeetingsDays`). */
  days: number;
  pageSize: number;
  signal: AbortSignal;
}

/**
 * The meetings of the last `days` days, newest first, whatever order the provider lists them in
 * (Systec's list is oldest first and cannot be read from its end). Windows of a week going back
 * from `now` are each read whole through the core's `meetingPages` and sorted; they are the pages
 * of a listing that the core's `streamPages` reads, so a window at a time per "Load more", with
 * the core's checks against repeated rows and loops.
 */
export function endedMeetingPages(
  provider: ProviderV1,
  options: EndedMeetingPagesOptions,
): AsyncGenerator<Meeting[], void, undefined> {
  const now = options.now.getTime();
  const windows = Math.max(1, Math.ceil(options.days / endedWindowDays));
  const start = now - options.days * dayMs;
  return streamPages<Meeting>(
    async ({ cursor, signal }) => {
      const index = cursor === undefined ? 0 : Number(cursor);
      const to = now - index * endedWindowDays * dayMs;
      const from = Math.max(start, to - endedWindowDays * dayMs);
      const last = index + 1 >= windows;
      const items: Meeting[] = [];
      for await (const page of meetingPages(
        provider,
        { from: new Date(from), to: new Date(to) },
        { signal, pageSize: options.pageSize },
      )) {
        // Each meeting in the window it started in (the oldest takes the ones started before
        // the range), so that a meeting two windows overlap is listed once.
        items.push(...page.filter((meeting) => inWindow(meeting, last ? undefined : from, to, index)));
      }
      items.sort(newestFirst);
      return { items, ...(last ? {} : { nextCursor: String(index + 1) }) };
    },
    {
      signal: options.signal,
      provider: provider.id,
      concurrency: 1,
      // As the core's `meetingPages` tells meetings apart: a room's id is reused by its meetings.
      itemKey: (meeting) => `${meeting.id}@${meeting.startAt?.getTime() ?? ''}`,
    },
  );
}

function inWindow(meeting: Meeting, from: number | undefined, to: number, index: number): boolean {
  const started = meeting.startAt?.getTime();
  if (started === undefined) return index === 0;
  return started < to && (from === undefined || started >= from);
}

/** Latest start first; meetings without a start last, in the provider's order. */
export function newestFirst(a: Meeting, b: Meeting): number {
  const left = a.startAt?.getTime();
  const right = b.startAt?.getTime();
  if (left === undefined || right === undefined)
    return left === undefined ? (right === undefined ? 0 : 1) : -1;
  return right - left;
}
