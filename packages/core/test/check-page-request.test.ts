import { describe, expect, it } from 'vitest';
import { AbortedError } from '../src/errors/aborted-error.js';
import { InvalidInputError } from '../src/errors/invalid-input-error.js';
import { checkPageRequest } from '../src/provider/check-page-request.js';

const rules = { provider: 'p', maxPageSize: 100, defaultPageSize: 20, cursorPattern: /^\d{1,3}$/ };

describe('checkPageRequest', () => {
  it('answers the default size and no cursor for no request', () => {
    expect(checkPageRequest(undefined, rules)).toEqual({ pageSize: 20, cursor: undefined });
  });

  it("caps a size within the contract's bounds at the listing's own limit, and its default too", () => {
    const meetings = { ...rules, listingMaxPageSize: 10 };
    expect(checkPageRequest({ pageSize: 100 }, meetings)).toEqual({ pageSize: 10, cursor: undefined });
    expect(checkPageRequest(undefined, meetings).pageSize).toBe(10);
    expect(checkPageRequest({ pageSize: 7, cursor: '12' }, meetings)).toEqual({ pageSize: 7, cursor: '12' });
  });

  it('names every field at fault: a size out of bounds or not whole, a cursor of another shape', () => {
    try {
      checkPageRequest({ pageSize: 101, cursor: 'x' }, rules);
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error) && error.fields).toEqual(['pageSize', 'cursor']);
    }
    expect(() => checkPageRequest({ pageSize: 1.5 }, rules)).toThrow(InvalidInputError);
    expect(() => checkPageRequest({ pageSize: 0 }, rules)).toThrow(InvalidInputError);
  });

  it('refuses a signal that has already aborted', () => {
    expect(() => checkPageRequest({ signal: AbortSignal.abort() }, rules)).toThrow(AbortedError);
  });
});
