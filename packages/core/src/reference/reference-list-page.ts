import type * as zc from 'zod/v4/core';
import { checkPageRequest } from '../provider/check-page-request.js';
import type { JsonApi } from '../provider/json-api.js';
import type { Page, PageRequest } from '../provider/page.js';
import { numberedPage } from '../provider/page-cursors.js';
import { referencePageRules } from './reference-capabilities.js';
import { referencePageWire } from './reference-wire-schemas.js';

/** One listing of the reference service: where it is and how its items become the model's. */
export interface ReferenceListing<W extends zc.$ZodType, T> {
  path: string;
  query?: [string, string][] | undefined;
  operation: string;
  /** What the body is, for messages: `the phone participant list`. */
  what: string;
  /** The meeting a not-found answer names. */
  meetingId?: string | undefined;
  item: W;
  convert(wire: zc.output<W>): T;
}

/**
 * A page of any reference listing. Pages are numbered from 1 and the service says its total, so
 * the first page also carries the cursors of all the others (`numberedPage`).
 */
export async function listReferencePage<W extends zc.$ZodType, T>(
  api: JsonApi,
  listing: ReferenceListing<W, T>,
  request: PageRequest | undefined,
): Promise<Page<T>> {
  // Page size, cursor and signal are checked before any request.
  const { pageSize, cursor } = checkPageRequest(request, referencePageRules);
  const page = cursor === undefined ? 1 : Number(cursor);
  const body = await api.call({
    method: 'GET',
    path: listing.path,
    query: [...(listing.query ?? []), ['page', String(page)], ['page_size', String(pageSize)]],
    signal: request?.signal,
    operation: listing.operation,
    schema: referencePageWire(listing.item),
    what: listing.what,
    subject: listing.meetingId === undefined ? undefined : { resource: 'meeting', id: listing.meetingId },
  });
  const items = body.items.map((wire: zc.output<W>) => listing.convert(wire));
  return numberedPage(items, { page, totalPages: Math.ceil(body.total / pageSize), total: body.total });
}
