import type { Meeting } from '../model/meeting.js';
import { checkDateRange } from '../provider/check-page-request.js';
import type { JsonApi } from '../provider/json-api.js';
import type { DateRange, Page, PageRequest } from '../provider/page.js';
import { listReferencePage } from './reference-list-page.js';
import { toMeeting } from './reference-mappers.js';
import { referenceMeetingWire } from './reference-wire-schemas.js';

/** A page of the meetings that overlap a range: the service applies the contract's rule itself. */
export async function listReferenceMeetings(
  api: JsonApi,
  range: DateRange,
  request?: PageRequest,
): Promise<Page<Meeting>> {
  checkDateRange(range, 'reference');
  return listReferencePage(
    api,
    {
      path: 'v1/meetings',
      query: [
        ['from', range.from.toISOString()],
        ['to', range.to.toISOString()],
      ],
      operation: 'listMeetings',
      what: 'the meeting list',
      item: referenceMeetingWire,
      convert: toMeeting,
    },
    request,
  );
}
