/** What replaces a secret in anything that may be logged. */
export const REDACTED = '[REDACTED]';

/** Secret values shorter than this are not replaced in free text: they would mangle ordinary words. */
const minSecretLength = 4;

/**
 * Replaces known secret values in free text. Built once per set of values (longest first, so that
 * a secret containing another is replaced whole); `scrub` costs one native search per value when
 * nothing is found, so it can run over every response body.
 */
export class Scrubber {
  private readonly values: readonly string[];

  constructor(values: Iterable<string>) {
    this.values = [...new Set(values)]
      .filter((value) => value.length >= minSecretLength)
      .sort((a, b) => b.length - a.length);
  }

  /** A scrubber that also knows `more` (a signature made for one attempt, say). */
  with(more: readonly string[]): Scrubber {
    return more.length === 0 ? this : new Scrubber([...this.values, ...more]);
  }

  scrub(text: string): string {
    let result = text;
    for (const value of this.values) {
      if (result.includes(value)) result = result.replaceAll(value, REDACTED);
    }
    return result;
  }

  get size(): number {
    return this.values.length;
  }
}
