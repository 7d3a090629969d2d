import { checkPageRequest, offsetPage, type Page, type PageRequest } from '@callroll/core';
import { systecPageRules } from './systec-capabilities.js';
import type { SystecMapContext } from './systec-mappers.js';
import { checkSystecMeetingRef } from './systec-meeting-ref.js';
import type { SystecReports } from './systec-reports.js';
import type { SystecMeetingWire } from './systec-wire-schemas.js';

/**
 * A page of rows that come whole with a meeting's report (its phone or app participants): the
 * report is read once for the first page and kept for the later ones, which are offsets into it.
 */
export async function listFromReport<W, T>(
  reports: SystecReports,
  context: SystecMapContext,
  meetingId: string,
  request: PageRequest | undefined,
  pick: (wire: SystecMeetingWire) => readonly W[] | null | undefined,
  convert: (item: W, index: number) => T,
): Promise<Page<T>> {
  const checked = checkSystecMeetingRef(meetingId, context);
  const { pageSize, cursor } = checkPageRequest(request, { ...systecPageRules, cursorPattern: /^\d{1,7}$/ });
  const offset = cursor === undefined ? 0 : Number(cursor);
  const all = pick(await reports.report(checked, cursor !== undefined, request?.signal)) ?? [];
  const items = all.slice(offset, offset + pageSize).map((item, index) => convert(item, offset + index));
  return offsetPage(items, { offset, pageSize, total: all.length });
}
