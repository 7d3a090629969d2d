import type { CalloutMoment } from './callout-moment.js';
import { calloutStatuses } from './callout-status.js';
import type { PhoneNumber } from './phone-number.js';
import { samePhoneNumber } from './phone-number.js';
import { type CalloutOutcome, outcomeForNumber, placedStatus } from './placed-callout.js';

/** One row of the callout list. */
export interface Callout extends PhoneNumber {
  nickName?: string;
  msOpenId: string;
  status: string;
}

interface PlacedCallout {
  callout: Omit<Callout, 'status'>;
  placedAtMs: number;
  outcome: CalloutOutcome;
  cancelled: boolean;
}

/** A seeded row's status at a moment (the seeded one, or where live progress has taken it). */
export type SeededStatus = (index: number, status: string, moment: CalloutMoment) => string;

/**
 * The callouts of one meeting: seeded rows made on demand (a meeting of 10,000 costs nothing
 * until a page is read), status changes made by cancelcall, and callouts placed through the API.
 * Every status is worked out from the moment it is read at, so no timers run.
 */
export class CalloutBook {
  private readonly statusOverrides = new Map<number, string>();
  private readonly placed: PlacedCallout[] = [];
  private seededByNumber: Map<string, number[]> | undefined;

  constructor(
    private readonly seededCount: number,
    private readonly makeSeeded: (index: number) => Callout,
    private readonly seededStatus: SeededStatus = (_index, status) => status,
  ) {}

  get size(): number {
    return this.seededCount + this.placed.length;
  }

  /** Rows [start, end) in list order: seeded ones first, then placed ones in the order placed. */
  slice(start: number, end: number, moment: CalloutMoment): Callout[] {
    const rows: Callout[] = [];
    for (let index = Math.max(0, start); index < Math.min(end, this.size); index++) {
      rows.push(this.at(index, moment));
    }
    return rows;
  }

  place(callout: Omit<Callout, 'status'>, moment: CalloutMoment): void {
    this.placed.push({
      callout,
      placedAtMs: moment.nowMs,
      outcome: outcomeForNumber(callout.phone),
      cancelled: false,
    });
  }

  /** Whether this exact number is ringing or connected already. */
  isActive(number: PhoneNumber, moment: CalloutMoment): boolean {
    return this.matching(number, moment, true).some(
      ({ status }) => status === calloutStatuses.invited || status === calloutStatuses.accepted,
    );
  }

  /** Cancels every ringing callout to the number; says why not when there is none. */
  cancel(number: PhoneNumber, moment: CalloutMoment): 'cancelled' | 'not-ringing' | 'not-called' {
    const rows = this.matching(number, moment, false);
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

  private at(index: number, moment: CalloutMoment): Callout {
    if (index < this.seededCount) {
      const seeded = this.makeSeeded(index);
      // A cancel is final: it wins over wherever progress would have taken the row.
      const status = this.statusOverrides.get(index) ?? this.seededStatus(index, seeded.status, moment);
      return status === seeded.status ? seeded : { ...seeded, status };
    }
    const placed = this.placed[index - this.seededCount];
    if (!placed) throw new RangeError(`No callout at ${index}`);
    return {
      ...placed.callout,
      status: placedStatus(placed.placedAtMs, placed.outcome, placed.cancelled, moment),
    };
  }

  private matching(
    number: PhoneNumber,
    moment: CalloutMoment,
    exact: boolean,
  ): { index: number; status: string }[] {
    const candidates = [...(this.seededIndex().get(`${number.area}|${number.phone}`) ?? [])];
    for (let offset = 0; offset < this.placed.length; offset++) candidates.push(this.seededCount + offset);
    const found: { index: number; status: string }[] = [];
    for (const index of candidates) {
      const row = this.at(index, moment);
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
