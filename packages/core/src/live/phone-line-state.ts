import type { PhoneParticipant } from '../model/phone-participant.js';
import type { LiveLine, PhoneChangeEvent } from './live-events.js';

// What makes a row the same line from one round to the next: the provider's id, else the number
// and name (a second line with both the same is told apart by its place among them).
function baseKey(row: PhoneParticipant): string {
  if (row.participantId !== undefined) return `id:${row.participantId}`;
  const number = row.phone.parsed ? row.phone.e164 : row.phone.raw;
  return `number:${number}|${row.phone.extension ?? ''}|${row.name ?? ''}`;
}

/** The lines of a meeting as last seen, and what changed since. */
export class PhoneLineState {
  private lines = new Map<string, PhoneParticipant>();

  get size(): number {
    return this.lines.size;
  }

  /** Every line now, in listing order. */
  values(): IterableIterator<PhoneParticipant> {
    return this.lines.values();
  }

  /** Every line now with its key, in listing order. */
  entries(): LiveLine[] {
    return Array.from(this.lines, ([key, participant]) => ({ key, participant }));
  }

  /**
   * Takes one round's rows and returns the changes, in listing order, removals last. When the
   * round read less than the whole listing (`complete` false) a missing line is kept as it was,
   * since it may only have slipped between two pages.
   */
  update(
    rows: readonly PhoneParticipant[],
    complete: boolean,
    context: { meetingId: string; at: Date; round: number },
  ): PhoneChangeEvent[] {
    const changes: PhoneChangeEvent[] = [];
    const next = new Map<string, PhoneParticipant>();
    const seen = new Map<string, number>();
    for (const row of rows) {
      const base = baseKey(row);
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      const key = occurrence === 1 ? base : `${base}#${occurrence}`;
      next.set(key, row);
      const before = this.lines.get(key);
      if (before === undefined) {
        changes.push({ type: 'added', ...context, key, participant: row, to: row.status });
      } else if (before.status !== row.status || before.rawStatus !== row.rawStatus) {
        changes.push({
          type: 'status-changed',
          ...context,
          key,
          participant: row,
          from: before.status,
          to: row.status,
        });
      }
    }
    for (const [key, before] of this.lines) {
      if (next.has(key)) continue;
      if (complete)
        changes.push({ type: 'removed', ...context, key, participant: before, from: before.status });
      else next.set(key, before);
    }
    this.lines = next;
    return changes;
  }
}
