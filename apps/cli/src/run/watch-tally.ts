import type { LiveEvent, LiveRoundEvent, PhoneChangeEvent, PhoneStatus } from '@callroll/core';

/** Changes the view keeps to show. */
const keptChanges = 50;

export type ChangeCounts = Record<PhoneChangeEvent['type'], number>;

/**
 * What a watch has seen so far, for the view and the final summary: the rounds, the requests,
 * the changes after the first look, the counts of the first and the two latest rounds.
 */
export class WatchTally {
  readonly startedAt = new Date();
  rounds = 0;
  calls = 0;
  firstLook = 0;
  readonly changes: ChangeCounts = { added: 0, 'status-changed': 0, removed: 0 };
  first: LiveRoundEvent | undefined;
  previous: LiveRoundEvent | undefined;
  latest: LiveRoundEvent | undefined;
  /** The latest changes after the first look, newest last. */
  readonly recent: PhoneChangeEvent[] = [];
  ended = false;

  add(event: LiveEvent): void {
    if (event.type === 'meeting-ended') {
      this.ended = true;
      return;
    }
    if (event.type === 'round') {
      this.rounds = event.round;
      this.calls += event.callsThisRound;
      this.first ??= event;
      this.previous = this.latest;
      this.latest = event;
      return;
    }
    if (event.round === 1) {
      this.firstLook++;
      return;
    }
    this.changes[event.type]++;
    this.recent.push(event);
    if (this.recent.length > keptChanges) this.recent.shift();
  }

  /** How a status's count moved since `since` (a round's counts). */
  moved(status: PhoneStatus, since: LiveRoundEvent | undefined): number {
    if (!since || !this.latest) return 0;
    return this.latest.counts.byStatus[status] - since.counts.byStatus[status];
  }
}
