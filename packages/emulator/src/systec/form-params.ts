import { badParameter } from './systec-error.js';

/** Reads form parameters, refusing malformed ones with an envelope error that names the field. */
export class FormParams {
  constructor(private readonly params: URLSearchParams) {}

  /** The value, or undefined when absent or empty. */
  string(name: string): string | undefined {
    const value = this.params.get(name);
    return value === null || value === '' ? undefined : value;
  }

  has(name: string): boolean {
    return this.params.has(name);
  }

  /** A decimal integer within the bounds. */
  integer(name: string, bounds: { min: number; max?: number }): number | undefined {
    const text = this.string(name)?.trim();
    if (text === undefined) return undefined;
    if (!/^\d{1,9}$/.test(text)) throw badParameter(`${name} must be a whole number, not "${text}".`);
    const value = Number(text);
    if (value < bounds.min) throw badParameter(`${name} must be at least ${bounds.min}.`);
    if (bounds.max !== undefined && value > bounds.max) {
      throw badParameter(`${name} must be at most ${bounds.max}.`);
    }
    return value;
  }

  /** `true`/`false` (any case) or `1`/`0`. */
  boolean(name: string): boolean | undefined {
    const text = this.string(name)?.trim().toLowerCase();
    if (text === undefined) return undefined;
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
    throw badParameter(`${name} must be true or false, not "${text}".`);
  }
}
