import type { PublicRoom } from './public-rooms.js';
import type { SystecAttendance } from './systec-attendance.js';
import type { SystecFixtures } from './systec-fixtures.js';
import type { SystecMeeting } from './systec-meeting.js';

/** The Systec half's world: public rooms and their meetings, attendance made on demand. */
export interface SystecDataset {
  seed: number;
  /** The data's "now", unix seconds: meetings running at it are live, none start after it. */
  nowSeconds: number;
  rooms: readonly PublicRoom[];
  /** Every meeting, by start time (ties in the order made). */
  meetings: readonly SystecMeeting[];
  meetingsByUuid: ReadonlyMap<string, SystecMeeting>;
  /** A meeting number can name several meetings (a room's personal number), in start order. */
  meetingsByMeetingId: ReadonlyMap<string, readonly SystecMeeting[]>;
  roomsByHostId: ReadonlyMap<string, PublicRoom>;
  fixtures: SystecFixtures;
  attendance(meeting: SystecMeeting): SystecAttendance;
}
