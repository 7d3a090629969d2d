import { isReported } from '../../data/systec/systec-meeting.js';
import { readIdList, reportData } from '../report-batch.js';
import type { SystecRouteHandler } from '../route-context.js';

/**
 * POST share/reports (the seed): `meeting_ids`, meeting numbers separated by `,` (or the
 * full-width `，` the seed's own description uses), up to 200. A meeting number can name several
 * meetings (a room's personal number): all of its reports come back, oldest first.
 */
export const shareReports: SystecRouteHandler = (context) => {
  const ids = readIdList(context.form, {
    field: 'meeting_ids',
    otherField: 'uuid',
    separator: /[,，]/,
    trim: true,
  });
  return reportData(context, ids, (id) =>
    (context.dataset.meetingsByMeetingId.get(id) ?? []).filter(isReported),
  );
};
