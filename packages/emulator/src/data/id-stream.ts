import type { SeededRandom } from '../random/seeded-random.js';
import { drawUnique } from './draw-unique.js';

/**
 * The dataset's ids, all from one stream and never the same twice. The order of calls is part of
 * the seed's data: the meetings' ids come first, then the fixtures' missing ones.
 */
export class IdStream {
  private readonly usedIds = new Set<string>();
  private readonly usedCodes = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  /** A 20-digit meeting id. */
  nextId(): string {
    return drawUnique(this.usedIds, () => `${this.random.int(1, 9)}${this.random.digits(19)}`);
  }

  /** A 9-digit meeting code. */
  nextCode(): string {
    return drawUnique(this.usedCodes, () => `${this.random.int(1, 9)}${this.random.digits(8)}`);
  }

  /** A user id that none of `userIds` is. */
  departedUserId(userIds: Iterable<string>): string {
    return drawUnique(new Set(userIds), () => `departed.user.${this.random.digits(4)}`);
  }
}
