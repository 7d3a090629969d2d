import { dayStartSeconds } from '../../data/systec/calendar-day.js';
import type { SystecMeeting } from '../../data/systec/systec-meeting.js';
import { readDateRange } from '../date-range.js';
import { defaultPageSize, maxPageSize } from '../limits.js';
import type { SystecRouteHandler } from '../route-context.js';
import { SystecError } from '../systec-error.js';
import { listingData } from '../wire/listing-data.js';
import { meetingEntry } from '../wire/meeting-entry.js';

/**
 * POST share/detail: the meetings that started within `from`..`to` (at most the last month of
 * it), all public rooms or the one `host_id` names, oldest first, a page at a time. Every meeting
 * that started is listed, live ones and ones too small for a report included. `participants`
 * and `telephony_usage` come only when `show_participants` / `show_telephony_usage` are true.
 */
export const shareDetail: SystecRouteHandler = ({ dataset, form, style, today }) => {
  const { fromDay, toDay } = readDateRange(form, today);
  const hostId = form.string('host_id');
  if (hostId !== undefined && !dataset.roomsByHostId.has(hostId)) {
    throw new SystecError(404, `No public room has host_id "${hostId}".`);
  }
  const parts = {
    participants: form.boolean('show_participants') ?? false,
    telephonyUsage: form.boolean('show_telephony_usage') ?? false,
  };
  const pageSize = form.integer('page_size', { min: 1, max: maxPageSize }) ?? defaultPageSize;
  const pageNumber = form.integer('page_number', { min: 1 }) ?? 1;

  const from = dayStartSeconds(fromDay, style.times.offsetSeconds);
  const to = dayStartSeconds(toDay + 1, style.times.offsetSeconds);
  const all = dataset.meetings;
  const matching: SystecMeeting[] = [];
  for (let index = firstAtOrAfter(all, from); index < all.length; index++) {
    const meeting = all[index];
    if (!meeting || meeting.startSeconds >= to) break;
    if (hostId === undefined || meeting.hostId === hostId) matching.push(meeting);
  }
  const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return listingData(
    {
      fromDay,
      toDay,
      totalRecord: matching.length,
      pageNumber,
      pageSize,
      meetings: page.map((meeting) => meetingEntry(meeting, dataset.attendance(meeting), parts, style)),
      key: `detail:${fromDay}:${toDay}:${hostId ?? ''}:${pageSize}:${pageNumber}`,
    },
    style,
  );
};

/** The index of the first meeting starting at or after `seconds` (the list is sorted by start). */
function firstAtOrAfter(meetings: readonly SystecMeeting[], seconds: number): number {
  let low = 0;
  let high = meetings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((meetings[middle]?.startSeconds ?? Number.POSITIVE_INFINITY) < seconds) low = middle + 1;
    else high = middle;
  }
  return low;
}
