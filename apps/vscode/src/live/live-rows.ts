import type { LiveRoundEvent, PhoneChangeEvent, PhoneParticipant } from '@callroll/core';
import { type LiveMark, LiveMarks } from './live-marks.js';

/**
 * What a phone list holds of its meeting's live tracking: who feeds it, the marks of what changed,
 * and how many rows it shows, which live rounds keep (the tracker reads every line; the list still
 * shows what the person had loaded, and "Load more" then costs no request).
 */
export class LiveRows {
  private owner: object | undefined;
  private readonly marks = new LiveMarks();
  private rowMarks = new Map<PhoneParticipant, LiveMark>();
  /** Rows shown since the first live round; undefined before. */
  shown: number | undefined;

  /** A tracker feeds the list (until `end`): a whole read would only repeat its first round. */
  get tracking(): boolean {
    return this.owner !== undefined;
  }

  begin(owner: object): void {
    this.owner = owner;
  }

  /** Returns false when `owner` no longer fed the list (a newer tracker took over). */
  end(owner: object): boolean {
    if (this.owner !== owner) return false;
    this.owner = undefined;
    return true;
  }

  /** The round's lines in the order to show, changed ones first; `loaded` is what was shown before. */
  take(round: LiveRoundEvent, changes: readonly PhoneChangeEvent[], loaded: number): PhoneParticipant[] {
    this.marks.update(round, changes);
    const snapshot = this.marks.order(round);
    this.rowMarks = snapshot.marks;
    this.shown ??= loaded;
    return snapshot.participants;
  }

  markOf(participant: PhoneParticipant): LiveMark | undefined {
    return this.rowMarks.get(participant);
  }

  /** Read afresh by hand: the rows, the marks and the tracker's hold on the list go. */
  reset(): void {
    this.owner = undefined;
    this.marks.clear();
    this.rowMarks = new Map();
    this.shown = undefined;
  }
}
