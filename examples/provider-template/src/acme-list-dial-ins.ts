import { checkPageRequest, type Page, type PageRequest, type PhoneParticipant } from '@callroll/core';
import type { AcmeApi } from './acme-api.js';
import { acmeCapabilities } from './acme-capabilities.js';
import { toPhoneParticipant } from './acme-mappers.js';
import { checkAcmeMeetingId } from './acme-meeting-id.js';
import { acmeCursorPattern, acmeDialInsBody } from './acme-wire.js';

/** A page of a meeting's dial-ins: its phone participants. The cursor is Acme's own. */
export async function listAcmeDialIns(
  api: AcmeApi,
  meetingId: string,
  request?: PageRequest,
): Promise<Page<PhoneParticipant>> {
  checkAcmeMeetingId(meetingId);
  // Page size, cursor and signal, before any request.
  const { pageSize, cursor } = checkPageRequest(request, {
    provider: 'acme',
    maxPageSize: acmeCapabilities.maxPageSize,
    defaultPageSize: acmeCapabilities.defaultPageSize,
    cursorPattern: acmeCursorPattern,
  });
  const body = await api.call({
    method: 'GET',
    path: `${api.workspacePath}/meetings/${meetingId}/dial-ins`,
    query: [['limit', String(pageSize)], ...(cursor === undefined ? [] : [['cursor', cursor] as const])],
    signal: request?.signal,
    operation: 'listDialIns',
    schema: acmeDialInsBody,
    what: 'the dial-in list',
    subject: { resource: 'meeting', id: meetingId },
  });
  const items = body.dial_ins.map((wire) => toPhoneParticipant(meetingId, wire));
  // No total and no page numbers: the cursor leads on, one page after another.
  return { items, ...(body.next_cursor === null ? {} : { nextCursor: body.next_cursor }) };
}
