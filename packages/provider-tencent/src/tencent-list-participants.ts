import {
  checkListingTotals,
  checkPageRequest,
  offsetPage,
  type Page,
  type PageRequest,
  type Participant,
} from '@callroll/core';
import type { TencentApi } from './tencent-api.js';
import { tencentPageRules } from './tencent-capabilities.js';
import { toParticipant } from './tencent-mappers.js';
import { checkTencentMeetingId } from './tencent-meeting-ref.js';
import { tencentParticipantsWire } from './tencent-wire-schemas.js';

/** Tencent returns at most 50,000 participants of a meeting. */
const maxParticipants = 50_000;

/** One page of a meeting's app participants; the cursor is Tencent's `pos` offset. */
export async function listTencentParticipants(
  api: TencentApi,
  meetingId: string,
  request?: PageRequest,
): Promise<Page<Participant>> {
  checkTencentMeetingId(meetingId);
  const { pageSize, cursor } = checkPageRequest(request, { ...tencentPageRules, cursorPattern: /^\d{1,6}$/ });
  const pos = cursor === undefined ? 0 : Number(cursor);
  const body = await api.call({
    method: 'GET',
    path: `v1/meetings/${meetingId}/participants`,
    // The form the current documents and Tencent's own SDK send (operator_id + its type).
    query: [...api.operator, ['pos', String(pos)], ['size', String(pageSize)]],
    signal: request?.signal,
    operation: 'listParticipants',
    schema: tencentParticipantsWire,
    what: 'the participant list',
    subject: { resource: 'meeting', id: meetingId },
  });
  const items = (body.participants ?? []).map((wire, index) => toParticipant(meetingId, wire, index));
  const next =
    body.has_remaining && body.next_pos !== undefined && body.next_pos > pos ? body.next_pos : undefined;
  if (body.total_count === undefined) {
    return { items, ...(next === undefined ? {} : { nextCursor: String(next) }) };
  }
  checkListingTotals({
    provider: 'tencent',
    total: body.total_count,
    totalField: 'total_count',
    pageSize,
    documentedMax: maxParticipants,
  });
  return offsetPage(items, {
    offset: pos,
    pageSize,
    total: body.total_count,
    nextOffset: next ?? body.total_count,
  });
}
