import type { CalloutBook } from './callout-book.js';
import type { TencentFixtures } from './fixtures.js';
import type { EnterpriseUser, Meeting } from './meeting.js';
import type { Participant } from './participants.js';

/** The emulator's world: users and meetings made from the seed, callouts and participants on demand. */
export interface Dataset {
  seed: number;
  /** The "now" the data was made around, unix seconds. */
  anchorSeconds: number;
  /** Beijing midnight of the anchor's day: where the meeting list starts when `pos` is 0. */
  listDayStartSeconds: number;
  users: readonly EnterpriseUser[];
  usersById: ReadonlyMap<string, EnterpriseUser>;
  usersByOpenId: ReadonlyMap<string, EnterpriseUser>;
  meetings: readonly Meeting[];
  meetingsById: ReadonlyMap<string, Meeting>;
  meetingsByCode: ReadonlyMap<string, Meeting>;
  fixtures: TencentFixtures;
  /** The meeting's callouts, with the changes made through the API since the last reset. */
  callouts(meeting: Meeting): CalloutBook;
  participant(meeting: Meeting, index: number): Participant;
  /** Forgets callouts placed and cancelled through the API. */
  resetCallouts(): void;
}
