import { isReported } from '../../data/systec/systec-meeting.js';
import { readIdList, reportData } from '../report-batch.js';
import type { SystecRouteHandler } from '../route-context.js';

/**
 * POST share/meetingdetail (the later revision of share/reports): `uuid`, meeting uuids
 * separated by `,`, up to 200. Uuids are matched exactly as form-decoded, so one sent without
 * encoding (its `+` read as a space) matches nothing and comes back as `{"id"}`.
 */
export const shareMeetingDetail: SystecRouteHandler = (context) => {
  const ids = readIdList(context.form, {
    field: 'uuid',
    otherField: 'meeting_ids',
    separator: /,/,
    trim: false,
  });
  return reportData(context, ids, (id) => {
    const meeting = context.dataset.meetingsByUuid.get(id);
    return meeting && isReported(meeting) ? [meeting] : [];
  });
};
