import {
  checkListingTotals,
  checkPageRequest,
  numberedPage,
  type Page,
  type PageRequest,
  type PhoneParticipant,
} from '@callroll/core';
import type * as z from 'zod/mini';
import type { TencentApi } from './tencent-api.js';
import { tencentPageRules } from './tencent-capabilities.js';
import { toPhoneParticipant } from './tencent-mappers.js';
import { checkTencentMeetingId } from './tencent-meeting-ref.js';
import { tencentCalloutListWire } from './tencent-wire-schemas.js';

/**
 * One page of a meeting's phone callout list (the seed's endpoint). `total_page` sizes the
 * listing once checked against `total_count`; the seed's swapped `current_size`/`current_page`
 * are read (they must be numbers) but never trusted.
 */
export async function listTencentCallouts(
  api: TencentApi,
  meetingId: string,
  request?: PageRequest,
): Promise<Page<PhoneParticipant>> {
  checkTencentMeetingId(meetingId);
  const { pageSize, cursor } = checkPageRequest(request, {
    ...tencentPageRules,
    cursorPattern: /^[1-9]\d{0,6}$/,
  });
  const page = cursor === undefined ? 1 : Number(cursor);
  const body = await api.call({
    method: 'GET',
    path: `v1/meeting/${meetingId}/phone/callout`,
    query: [...api.operator, ['page', String(page)], ['page_size', String(pageSize)]],
    signal: request?.signal,
    operation: 'listPhoneCallouts',
    schema: tencentCalloutListWire,
    what: 'the phone callout list',
    subject: { resource: 'meeting', id: meetingId },
  });
  return toCalloutPage(body, meetingId, page, pageSize);
}

/** Maps a parsed callout list page; exported for tests of the seed's example. */
export function toCalloutPage(
  body: z.output<typeof tencentCalloutListWire>,
  meetingId: string,
  page: number,
  pageSize: number,
): Page<PhoneParticipant> {
  const rows = body.phone_numbers ?? [];
  checkListingTotals({
    provider: 'tencent',
    total: body.total_count,
    totalField: 'total_count',
    totalPages: body.total_page,
    totalPagesField: 'total_page',
    pageSize,
    rowsOnFullPage: page < body.total_page ? rows.length : undefined,
  });
  const items = rows.map((wire) => toPhoneParticipant(meetingId, wire));
  return numberedPage(items, { page, totalPages: body.total_page, total: body.total_count });
}
