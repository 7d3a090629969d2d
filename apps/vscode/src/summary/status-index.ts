import type { PhoneParticipant, PhoneStatus, PhoneSummary } from '@callroll/core';
import { summaryOf } from './summary-state.js';

/** A whole meeting's lines by status: its summary, and the rows of each status in order. */
export interface StatusIndex {
  summary: PhoneSummary;
  indexes: ReadonlyMap<PhoneStatus, readonly number[]>;
}

/** Sums every line (the core's builder) and notes which rows have which status. */
export function statusIndex(items: readonly PhoneParticipant[]): StatusIndex {
  const indexes = new Map<PhoneStatus, number[]>();
  items.forEach((item, index) => {
    const list = indexes.get(item.status) ?? [];
    list.push(index);
    indexes.set(item.status, list);
  });
  return { summary: summaryOf(items), indexes };
}
