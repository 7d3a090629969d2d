/**
 * The server's idea of now. Tencent refuses requests whose timestamp is more than five minutes
 * off its clock (190300); after such a refusal the offset is learnt from the response's `Date`
 * header and every later request is stamped with the corrected time.
 */
export class TencentClock {
  private offsetMs = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Unix seconds on the server's clock, as text. */
  timestamp(): string {
    return String(Math.floor((this.now() + this.offsetMs) / 1000));
  }

  /** Learns the offset from an HTTP `Date` header; returns whether it could. */
  correctFrom(dateHeader: string | undefined): boolean {
    if (!dateHeader) return false;
    const serverMs = Date.parse(dateHeader);
    if (Number.isNaN(serverMs)) return false;
    this.offsetMs = serverMs - this.now();
    return true;
  }

  get skewMs(): number {
    return this.offsetMs;
  }
}
