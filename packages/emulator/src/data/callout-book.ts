import { calloutStatuses } from './callout-status.js';
import type { PhoneNumber } from './phone-number.js';
import { samePhoneNumber } from './phone-number.js';

/** One row of the callout list. */
export interface Callout extends PhoneNumber {
  nickName?: string;
  msOpenId: string;
  status: string;
}

/** How a callout placed through the API ends once it has rung for the scenario's ring time. */
export type CalloutOutcome = 'answered' | 'unanswered' | 'rings-on';

interface PlacedCallout {
  callout: Omit<Callout, 'status'>;
  placedAtMs: number;
  outcome: CalloutOutcome;
  cancelled: boolean;
}

/** When a placed callout moves on, read from the number so that a tester can choose. */
export function outcomeForNumber(phone: string): CalloutOutcome {
  if (phone.endsWith('0')) return 'rings-on';
  if (phone.endsWith('9')) return 'unanswered';
  return 'answered';
}

/**
 * The callouts of one meeting: seeded rows made on demand (a meeting of 10,000 costs nothing
 * until a page is read), status changes made by cancelcall, and callouts placed through the API,
 * whose status is worked out from their age whenever they are read, so no timers run.
 */
export class CalloutBook {
  private readonly statusOverrides = new Map<number, string>();
  private readonly placed: PlacedCallout[] = [];
  private seededByNumber: Map<string, number[]> | undefined;

  constructor(
    private readonly seededCount: number,
    private readonly makeSeeded: (index: number) => Callout,
  ) {}

  get size(): number {
    return this.seededCount + this.placed.length;
  }

  /** Rows [start, end) in list order: seeded ones first, then placed ones in the order placed. */
  slice(start: number, end: number, nowMs: number, ringMs: number): Callout[] {
    const rows: Callout[] = [];
    for (let index = Math.max(0, start); index < Math.min(end, this.size); index++) {
      rows.push(this.at(index, nowMs, ringMs));
    }
    return rows;
  }

  place(callout: Omit<Callout, 'status'>, nowMs: number): void {
    this.placed.push({
      callout,
      placedAtMs: nowMs,
      outcome: outcomeForNumber(callout.phone),
      cancelled: false,
    });
  }

  /** Whether this exact number is ringing or connected already. */
  isActive(number: PhoneNumber, nowMs: number, ringMs: number): boolean {
    return this.matching(number, nowMs, ringMs, true).some(
      ({ status }) => status === calloutStatuses.invited || status === calloutStatuses.accepted,
    );
  }

  /** Cancels every ringing callout to the number; says why not when there is none. */
  cancel(number: PhoneNumber, nowMs: number, ringMs: number): 'cancelled' | 'not-ringing' | 'not-called' {
    const rows = this.matching(number, nowMs, ringMs, false);
    if (rows.length === 0) return 'not-called';
    const ringing = rows.filter(({ status }) => status === calloutStatuses.invited);
    if (ringing.length === 0) return 'not-ringing';
    for (const { index } of ringing) {
      if (index < this.seededCount) this.statusOverrides.set(index, calloutStatuses.cancelled);
      else {
        const placed = this.placed[index - this.seededCount];
        if (placed) placed.cancelled = true;
      }
    }
    return 'cancelled';
  }

  private at(index: number, nowMs: number, ringMs: number): Callout {
    if (index < this.seededCount) {
      const seeded = this.makeSeeded(index);
      const override = this.statusOverrides.get(index);
      return override === undefined ? seeded : { ...seeded, status: override };
    }
    const placed = this.placed[index - this.seededCount];
    if (!placed) throw new RangeError(`No callout at ${index}`);
    return { ...placed.callout, status: placedStatus(placed, nowMs, ringMs) };
  }

  private matching(
    number: PhoneNumber,
    nowMs: number,
    ringMs: number,
    exact: boolean,
  ): { index: number; status: string }[] {
    const candidates = [...(this.seededIndex().get(`${number.area}|${number.phone}`) ?? [])];
    for (let offset = 0; offset < this.placed.length; offset++) candidates.push(this.seededCount + offset);
    const found: { index: number; status: string }[] = [];
    for (const index of candidates) {
      const row = this.at(index, nowMs, ringMs);
      const same = exact
        ? row.area === number.area &&
          row.phone === number.phone &&
          row.extensionNumber === number.extensionNumber
        : samePhoneNumber(row, number);
      if (same) found.push({ index, status: row.status });
    }
    return found;
  }

  /** Built on first use, so that starting the emulator never walks a large meeting. */
  private seededIndex(): Map<string, number[]> {
    if (this.seededByNumber) return this.seededByNumber;
    const byNumber = new Map<string, number[]>();
    for (let index = 0; index < this.seededCount; index++) {
      const { area, phone } = this.makeSeeded(index);
      const key = `${area}|${phone}`;
      const list = byNumber.get(key);
      if (list) list.push(index);
      else byNumber.set(key, [index]);
    }
    this.seededByNumber = byNumber;
    return byNumber;
  }
}

function placedStatus(placed: PlacedCallout, nowMs: number, ringMs: number): string {
  if (placed.cancelled) return calloutStatuses.cancelled;
  if (placed.outcome === 'rings-on' || nowMs - placed.placedAtMs < ringMs) return calloutStatuses.invited;
  return placed.outcome === 'answered' ? calloutStatuses.accepted : calloutStatuses.leftWithoutAccept;
}
