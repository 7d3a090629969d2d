import { CalloutBook } from './callout-book.js';
import type { Meeting } from './meeting.js';
import { makeSeededCallout } from './seeded-callout.js';
import { progressedStatus } from './seeded-progress.js';

/**
 * A fresh callout book for a meeting. Only live meetings have calls in progress, so only their
 * seeded rows move on (under `liveCalloutProgress`); every other meeting's statuses are final.
 */
export function makeCalloutBook(seed: number, meeting: Meeting): CalloutBook {
  return new CalloutBook(
    meeting.calloutCount,
    (index) => makeSeededCallout(seed, meeting, index),
    meeting.phase === 'live'
      ? (index, status, moment) =>
          moment.liveProgress ? progressedStatus(seed, meeting.index, index, status, moment) : status
      : undefined,
  );
}
