import type { PhoneParticipant } from '@callroll/core';
import { MatchIndex } from './match-index.js';
import type { PhoneFilter } from './phone-filter.js';

/** A phone list's filter: what it matches, and how many matches are shown (a page more per "Load more"). */
export class FilterRows {
  private current: PhoneFilter | undefined;
  private readonly index = new MatchIndex();
  shown: number;

  constructor(private readonly pageSize: number) {
    this.shown = pageSize;
  }

  get value(): PhoneFilter | undefined {
    return this.current;
  }

  set(filter: PhoneFilter | undefined): void {
    this.current = filter;
    this.shown = this.pageSize;
  }

  /** The indexes of the rows that match (none without a filter). */
  matches(items: readonly PhoneParticipant[], generation: number): readonly number[] {
    return this.current ? this.index.matches(this.current, items, generation) : [];
  }

  more(): void {
    this.shown += this.pageSize;
  }
}
