import { type Page, type PhoneParticipant, parseJsonResponse } from '@callroll/core';
import { toPhoneParticipant } from './tencent-mappers.js';
import { tencentCalloutListWire } from './tencent-wire-schemas.js';

export interface CalloutPageContext {
  meetingId: string;
  /** The page asked for, from 1. */
  page: number;
  status: number;
  secrets?: readonly string[] | undefined;
}

/**
 * Reads one page of the phone callout list. `total_page` sizes the listing; the seed's swapped
 * `current_size`/`current_page` are read (they must be numbers) but never trusted.
 */
export function toCalloutPage(text: string, context: CalloutPageContext): Page<PhoneParticipant> {
  const body = parseJsonResponse(tencentCalloutListWire, text, {
    provider: 'tencent',
    status: context.status,
    secrets: context.secrets,
    what: 'the phone callout list',
  });
  const { page } = context;
  const pages = body.total_page;
  return {
    items: (body.phone_numbers ?? []).map((wire) => toPhoneParticipant(context.meetingId, wire)),
    total: body.total_count,
    ...(page < pages ? { nextCursor: String(page + 1) } : {}),
    ...(page === 1 && pages > 1
      ? { pageCursors: Array.from({ length: pages - 1 }, (_, index) => String(index + 2)) }
      : {}),
  };
}
