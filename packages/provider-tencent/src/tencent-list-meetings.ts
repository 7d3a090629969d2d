import {
  checkDateRange,
  checkPageRequest,
  type DateRange,
  type Meeting,
  overlapsRange,
  type Page,
  type PageRequest,
} from '@callroll/core';
import type { TencentApi } from './tencent-api.js';
import { tencentPageRules } from './tencent-capabilities.js';
import { toMeeting } from './tencent-mappers.js';
import { tencentEndedMeetingsWire, tencentUpcomingMeetingsWire } from './tencent-wire-schemas.js';

/** Ended meetings come at most 20 a page; a user's upcoming ones at most 20 a call. */
const meetingPageSize = 20;
/**
 * The longest span one history query may cover. Tencent refuses longer ones (190004); the limit
 * is not in our reference, so we take the shortest seen in Tencent's docs.
 */
const endedWindowSeconds = 31 * 86_400;
/** `u<pos>.<cursory>` for the upcoming listing, `h<window>.<page>` for the history. */
const cursorPattern = /^(u\d{1,20}\.\d{1,20}|h\d{1,6}\.[1-9]\d{0,6})$/;

/**
 * Live and upcoming meetings first (Tencent's cursor listing, filtered to the range), then the
 * ended ones of the range (its paged history, in windows of at most 31 days).
 */
export async function listTencentMeetings(
  api: TencentApi,
  range: DateRange,
  request?: PageRequest,
): Promise<Page<Meeting>> {
  checkDateRange(range, 'tencent');
  const { pageSize, cursor } = checkPageRequest(request, {
    ...tencentPageRules,
    listingMaxPageSize: meetingPageSize,
    cursorPattern,
  });
  if (cursor === undefined || cursor.startsWith('u')) {
    const [pos = '0', cursory = '0'] = cursor === undefined ? [] : cursor.slice(1).split('.');
    const body = await api.call({
      method: 'GET',
      path: 'v1/meetings',
      query: [
        ['userid', api.operatorId],
        ['instanceid', '1'],
        ['pos', pos],
        ['cursory', cursory],
      ],
      signal: request?.signal,
      operation: 'listUpcomingMeetings',
      schema: tencentUpcomingMeetingsWire,
      what: 'the upcoming meeting list',
    });
    const items = (body.meeting_info_list ?? [])
      .map((wire) => toMeeting(wire))
      .filter((meeting) => overlapsRange(meeting, range));
    const more = (body.remaining ?? 0) > 0 && body.next_pos !== undefined;
    return { items, nextCursor: more ? `u${body.next_pos}.${body.next_cursory ?? 0}` : 'h0.1' };
  }
  // Tencent limits the span of one history query, so a longer range is read window by window.
  const [window = 0, page = 1] = cursor.slice(1).split('.').map(Number);
  const from = Math.floor(range.from.getTime() / 1000);
  const to = Math.floor(range.to.getTime() / 1000);
  const windowStart = from + window * endedWindowSeconds;
  const windowEnd = Math.min(to, windowStart + endedWindowSeconds);
  const body = await api.call({
    method: 'GET',
    path: `v1/history/meetings/${encodeURIComponent(api.operatorId)}`,
    query: [
      ['page', String(page)],
      ['page_size', String(pageSize)],
      ['start_time', String(windowStart)],
      ['end_time', String(windowEnd)],
    ],
    signal: request?.signal,
    operation: 'listEndedMeetings',
    schema: tencentEndedMeetingsWire,
    what: 'the ended meeting list',
  });
  const nextCursor =
    page < body.total_page ? `h${window}.${page + 1}` : windowEnd < to ? `h${window + 1}.1` : undefined;
  return {
    items: (body.meeting_info_list ?? []).map((wire) => toMeeting(wire, 'ended')),
    ...(nextCursor ? { nextCursor } : {}),
  };
}
