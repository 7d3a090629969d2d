import { randomFor } from '../../random/seeded-random.js';
import type { SystecQuirk } from '../../scenario/systec-quirks.js';

/** About this share of the records a quirk can touch take its loose form when it is on. */
const looseShare = 0.4;

/**
 * Decides, per record and per quirk, whether the record is written in the loose form. Each
 * decision is a seeded draw keyed by the record, so the same record always looks the same and a
 * response mixes strict and loose records, as the real service's do.
 */
export class QuirkDice {
  private readonly enabled: ReadonlySet<SystecQuirk>;

  constructor(
    private readonly seed: number,
    quirks: readonly SystecQuirk[],
  ) {
    this.enabled = new Set(quirks);
  }

  has(quirk: SystecQuirk): boolean {
    return this.enabled.has(quirk);
  }

  /** Whether the record keyed `key` takes the loose form of `quirk`: never while it is off. */
  hits(quirk: SystecQuirk, key: string): boolean {
    return this.enabled.has(quirk) && randomFor(this.seed, 'systec-quirk', quirk, key).chance(looseShare);
  }

  /** Which of the loose forms the record takes (the same one every time). */
  pick<T>(quirk: SystecQuirk, key: string, forms: readonly T[]): T {
    return randomFor(this.seed, 'systec-quirk-form', quirk, key).pick(forms);
  }
}
