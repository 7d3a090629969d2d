import type { Meeting } from '../model/meeting.js';
import type { DateRange } from './page.js';

/**
 * The contract's range rule: a meeting belongs to a range when it overlaps it, starting before
 * `to` and ending at or after `from`. A meeting without an end counts from its start; one without
 * times is kept (nothing says it is outside).
 */
export function overlapsRange(meeting: Pick<Meeting, 'startAt' | 'endAt'>, range: DateRange): boolean {
  const start = meeting.startAt?.getTime();
  if (start === undefined) return true;
  const end = meeting.endAt?.getTime() ?? start;
  return start < range.to.getTime() && end >= range.from.getTime();
}
