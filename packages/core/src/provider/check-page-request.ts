import { AbortedError } from '../errors/aborted-error.js';
import { InvalidInputError, type InvalidInputIssue } from '../errors/invalid-input-error.js';
import type { ProviderId } from '../model/provider-id.js';
import type { DateRange, PageRequest } from './page.js';

export interface PageRequestRules {
  provider: ProviderId;
  /** The largest page size the listing accepts. */
  maxPageSize: number;
  /** Used when the request names none. */
  defaultPageSize: number;
  /**
   * This listing's own limit, when it is below `maxPageSize` (Tencent's meeting lists take 20 a
   * page where its other lists take 100): a larger size is accepted and served in pages of this.
   */
  listingMaxPageSize?: number | undefined;
  /** The shape of the cursors this listing issues. */
  cursorPattern: RegExp;
}

/**
 * Checks a page request before any request is made: a whole page size within bounds, a cursor of
 * the listing's own shape, and a signal not already aborted. Throws `InvalidInputError` naming
 * each field at fault, or `AbortedError`. Answers the page size to ask the service for (capped at
 * the listing's own limit) and the cursor.
 */
export function checkPageRequest(
  request: PageRequest | undefined,
  rules: PageRequestRules,
): { pageSize: number; cursor: string | undefined } {
  const pageSize =
    request?.pageSize ?? Math.min(rules.defaultPageSize, rules.listingMaxPageSize ?? rules.defaultPageSize);
  const issues: InvalidInputIssue[] = [];
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > rules.maxPageSize) {
    issues.push({ field: 'pageSize', problem: `must be a whole number from 1 to ${rules.maxPageSize}` });
  }
  if (request?.cursor !== undefined && !rules.cursorPattern.test(request.cursor)) {
    issues.push({ field: 'cursor', problem: 'is not a cursor this provider issued' });
  }
  if (issues.length > 0) throw new InvalidInputError({ provider: rules.provider, issues });
  if (request?.signal?.aborted)
    throw new AbortedError({ provider: rules.provider, cause: request.signal.reason });
  const listingMax = rules.listingMaxPageSize ?? rules.maxPageSize;
  return { pageSize: Math.min(pageSize, listingMax), cursor: request?.cursor };
}

/** Checks that a date range has two valid dates, `from` before `to`. */
export function checkDateRange(range: DateRange | undefined, provider: ProviderId): DateRange {
  const valid = (date: unknown): date is Date => date instanceof Date && !Number.isNaN(date.getTime());
  if (!range || !valid(range.from) || !valid(range.to) || !(range.from < range.to)) {
    throw new InvalidInputError({
      provider,
      issues: [{ field: 'range', problem: 'must be two dates, from before to' }],
    });
  }
  return range;
}
