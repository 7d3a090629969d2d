import type { Dataset } from '../data/dataset.js';
import type { Meeting } from '../data/meeting.js';
import { ApiError } from './api-error.js';

/**
 * The meeting with this id. The PSTN endpoints document 190457 for an unknown meeting, the
 * meeting endpoints 9003; each caller says which it is.
 */
export function findMeeting(
  dataset: Dataset,
  meetingId: string,
  notFound: 'meetingNotFound' | 'pstnMeetingNotFound',
): Meeting {
  const meeting = dataset.meetingsById.get(meetingId);
  if (!meeting) throw new ApiError(notFound);
  return meeting;
}
