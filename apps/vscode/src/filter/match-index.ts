import type { PhoneParticipant } from '@callroll/core';
import type { PhoneFilter } from './phone-filter.js';

/**
 * The indexes of a listing's rows that a filter matches, scanned once as the rows arrive: a
 * filter over 10,000 lines looks at each line once, however often the list is drawn.
 */
export class MatchIndex {
  private filter: PhoneFilter | undefined;
  private generation = -1;
  private scanned = 0;
  private found: number[] = [];

  /** `generation` changes when the rows were read afresh: the scan starts over. */
  matches(filter: PhoneFilter, items: readonly PhoneParticipant[], generation: number): readonly number[] {
    if (this.filter !== filter || this.generation !== generation) {
      this.filter = filter;
      this.generation = generation;
      this.scanned = 0;
      this.found = [];
    }
    for (; this.scanned < items.length; this.scanned++)
      if (filter.matches(items[this.scanned] as PhoneParticipant)) this.found.push(this.scanned);
    return this.found;
  }
}
