import { randomFor } from '../../random/seeded-random.js';
import { drawUnique } from '../draw-unique.js';
import { type MeetingRecipe, makeSystecMeeting } from './make-systec-meeting.js';
import type { PublicRoom } from './public-rooms.js';
import { randomMeetingId, randomUuid } from './systec-ids.js';
import type { SystecMeeting } from './systec-meeting.js';

/**
 * Makes the Systec meetings, each from its own stream keyed by `streamKey`, and keeps their uuids
 * and meeting numbers unique. A clash is drawn again, so the order meetings are made in is part of
 * the seed's data.
 */
export class SystecMeetingFactory {
  /** Every meeting, in the order made. */
  readonly made: SystecMeeting[] = [];
  private readonly usedUuids = new Set<string>();
  private readonly usedMeetingIds = new Set<string>();

  constructor(
    private readonly seed: number,
    private readonly roomWeights: readonly (readonly [PublicRoom, number])[],
    private readonly nowSeconds: number,
  ) {}

  make(streamKey: string, recipe: MeetingRecipe): SystecMeeting {
    const random = randomFor(this.seed, 'systec-meeting', streamKey);
    const meeting = makeSystecMeeting(random, streamKey, recipe, this.roomWeights, this.nowSeconds);
    meeting.uuid = drawUnique(this.usedUuids, () => randomUuid(random, recipe.uuidWithAllSpecials === true));
    if (recipe.meetingId === undefined)
      meeting.meetingId = drawUnique(this.usedMeetingIds, () => randomMeetingId(random));
    this.made.push(meeting);
    return meeting;
  }

  /**
   * A room's personal meeting number, which the recurring fixture's three meetings share. Taken
   * before the meetings are made, so that none of them draws it.
   */
  personalMeetingId(): string {
    return drawUnique(this.usedMeetingIds, () => randomMeetingId(randomFor(this.seed, 'systec-pmi')));
  }

  /** A uuid and a meeting number that no meeting has, for the not-found fixtures. */
  missingIds(): { uuid: string; meetingId: string } {
    const missing = randomFor(this.seed, 'systec-missing');
    return {
      uuid: drawUnique(new Set(this.usedUuids), () => randomUuid(missing, false)),
      meetingId: drawUnique(new Set(this.usedMeetingIds), () => randomMeetingId(missing)),
    };
  }
}
