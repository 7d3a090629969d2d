import {
  checkDateRange,
  checkListingTotals,
  checkPageRequest,
  type DateRange,
  formatDateInZone,
  InvalidInputError,
  type Meeting,
  numberedCursors,
  overlapsRange,
  type Page,
  type PageRequest,
} from '@callroll/core';
import { monthWindows } from './month-windows.js';
import type { SystecApi } from './systec-api.js';
import { systecPageRules } from './systec-capabilities.js';
import { type SystecMapContext, toMeeting } from './systec-mappers.js';
import type { ResolvedSystecSettings } from './systec-settings.js';
import { systecSuccessWire } from './systec-wire-schemas.js';

/** share/detail pages: documented default 30; no maximum is documented, so stay modest. */
const meetingPaging = { ...systecPageRules, defaultPageSize: 30, listingMaxPageSize: 100 };

/**
 * A page of a room's meetings from `share/detail`, which takes dates (whole days in the service's
 * zone) and at most a month: a longer range is read month window by month window. Cursors are
 * `<window>.<page>`.
 */
export async function listSystecMeetings(
  api: SystecApi,
  settings: ResolvedSystecSettings,
  context: SystecMapContext,
  range: DateRange,
  request?: PageRequest,
): Promise<Page<Meeting>> {
  checkDateRange(range, 'systec');
  const { pageSize, cursor } = checkPageRequest(request, {
    ...meetingPaging,
    cursorPattern: /^\d{1,4}\.[1-9]\d{0,6}$/,
  });
  const windows = monthWindows(
    formatDateInZone(range.from, settings.timeZone),
    formatDateInZone(new Date(range.to.getTime() - 1), settings.timeZone),
  );
  const [window = 0, page = 1] = (cursor ?? '0.1').split('.').map(Number);
  const dates = windows[window];
  if (!dates)
    throw new InvalidInputError({
      provider: 'systec',
      issues: [{ field: 'cursor', problem: 'is past the end of this range' }],
    });
  const body = await api.call({
    path: 'share/detail',
    form: [
      ['from', dates[0]],
      ['to', dates[1]],
      ...(settings.hostId ? ([['host_id', settings.hostId]] as [string, string][]) : []),
      ['show_participants', 'false'],
      ['show_telephony_usage', 'false'],
      ['page_size', String(pageSize)],
      ['page_number', String(page)],
    ],
    signal: request?.signal,
    operation: 'listMeetings',
    schema: systecSuccessWire,
    what: 'the meeting list',
  });
  // share/detail lists the meetings that started on the dates asked for, whole days in the
  // service's zone; of those, the ones that overlap the range belong to it (the contract's rule).
  const items = (body.data.meetings ?? [])
    .map((wire, index) => toMeeting(wire, context, `data.meetings[${index}]`))
    .filter((meeting) => overlapsRange(meeting, range));
  const pages = body.data.total_page ?? (body.data.has_next_page ? page + 1 : page);
  if (body.data.total_record !== undefined) {
    checkListingTotals({
      provider: 'systec',
      total: body.data.total_record,
      totalField: 'data.total_record',
      totalPages: body.data.total_page,
      totalPagesField: 'data.total_page',
      pageSize,
      rowsOnFullPage: page < pages ? (body.data.meetings ?? []).length : undefined,
    });
  }
  const nextCursor =
    page < pages ? `${window}.${page + 1}` : window + 1 < windows.length ? `${window + 1}.1` : undefined;
  const later = windows.length === 1 && page === 1 && pages > 1;
  return {
    items,
    ...(nextCursor ? { nextCursor } : {}),
    ...(later ? { pageCursors: prefixed(numberedCursors(2, pages)) } : {}),
  };
}

function* prefixed(cursors: Iterable<string>): Generator<string, void, undefined> {
  for (const cursor of cursors) yield `0.${cursor}`;
}
