import type {
  LiveLine,
  LiveRoundEvent,
  PhoneChangeEvent,
  PhoneParticipant,
  PhoneStatus,
} from '@callroll/core';

/** What a row shows of its last change: a new call, or a status it moved from. */
export type LiveMark = { kind: 'added' } | { kind: 'changed'; from: PhoneStatus };

/** How long a change stays marked, by the rounds' clock: long enough to be seen, then quiet. */
export const markMs = 60_000;

/** The lines of a round in the order a person should see them, with the marks of those that changed. */
export interface LiveSnapshot {
  participants: PhoneParticipant[];
  marks: Map<PhoneParticipant, LiveMark>;
  at: Date;
}

/**
 * The changes of a live meeting's last minute, by the tracker's line keys (so they outlive the
 * rounds' row objects, and a restarted tracker's, whose keys are the same).
 */
export class LiveMarks {
  private readonly kept = new Map<string, { mark: LiveMark; at: number }>();

  get size(): number {
    return this.kept.size;
  }

  /**
   * Takes a round and the changes it yielded. A tracker's first round only tells what is there
   * (every line comes as "added"), so it marks nothing.
   */
  update(round: LiveRoundEvent, changes: readonly PhoneChangeEvent[]): void {
    const now = round.at.getTime();
    for (const [key, kept] of this.kept) if (now - kept.at >= markMs) this.kept.delete(key);
    if (round.round === 1) return;
    for (const change of changes) {
      if (change.type === 'removed') {
        this.kept.delete(change.key);
        continue;
      }
      const before = this.kept.get(change.key)?.mark;
      // A call placed a moment ago that starts ringing is still "new"; a second move keeps the first status.
      const mark: LiveMark =
        change.type === 'added' || before?.kind === 'added'
          ? { kind: 'added' }
          : { kind: 'changed', from: before?.kind === 'changed' ? before.from : change.from };
      this.kept.set(change.key, { mark, at: now });
    }
  }

  /** Marked lines first: the latest change first, new calls before moves; then the others in order. */
  order(round: LiveRoundEvent): LiveSnapshot {
    const marked: Array<{ line: LiveLine; at: number; index: number }> = [];
    const rest: PhoneParticipant[] = [];
    round.lines.forEach((line, index) => {
      const kept = this.kept.get(line.key);
      if (kept) marked.push({ line, at: kept.at, index });
      else rest.push(line.participant);
    });
    const rank = (entry: { line: LiveLine }) =>
      this.kept.get(entry.line.key)?.mark.kind === 'added' ? 0 : 1;
    marked.sort((a, b) => b.at - a.at || rank(a) - rank(b) || a.index - b.index);
    const marks = new Map<PhoneParticipant, LiveMark>();
    for (const { line } of marked) marks.set(line.participant, this.kept.get(line.key)?.mark as LiveMark);
    return { participants: [...marked.map(({ line }) => line.participant), ...rest], marks, at: round.at };
  }

  clear(): void {
    this.kept.clear();
  }
}
