import type { SeededRandom } from '../random/seeded-random.js';
import type { MeetingPhase } from './meeting.js';
import { day, hour, minute } from './time-units.js';

export interface MeetingTimes {
  startTime: number;
  endTime: number;
}

/**
 * Start and end times by phase, around the dataset's anchor. Meetings are scheduled in plan order:
 * each upcoming one is placed after the one before it.
 */
export class MeetingSchedule {
  private upcomingSlot = 0;
  private readonly firstUpcoming: number;

  constructor(
    private readonly anchorSeconds: number,
    /** Today's Beijing midnight, unix seconds. */
    private readonly dayStart: number,
  ) {
    this.firstUpcoming = Math.ceil((anchorSeconds + 10 * minute) / (30 * minute)) * 30 * minute;
  }

  next(phase: MeetingPhase, random: SeededRandom): MeetingTimes {
    const { anchorSeconds, dayStart, firstUpcoming } = this;
    let startTime: number;
    let endTime: number;
    if (phase === 'live') {
      // Never before today's Beijing midnight, so that the default meeting list shows it.
      startTime = Math.max(dayStart, floorTo(anchorSeconds - random.int(5, 120) * minute, 5 * minute));
      endTime = Math.max(startTime + random.int(2, 8) * 30 * minute, firstUpcoming + 30 * minute);
    } else if (phase === 'upcoming') {
      // Some meetings share a start time: the `pos`-only paging of the meeting list repeats them.
      this.upcomingSlot += random.chance(0.2) ? 0 : random.int(1, 4);
      startTime = firstUpcoming + this.upcomingSlot * 30 * minute;
      endTime = startTime + random.pick([30, 45, 60, 90, 120]) * minute;
    } else if (phase === 'cancelled') {
      startTime = firstUpcoming + random.int(1, 100) * 30 * minute;
      endTime = startTime + hour;
    } else {
      startTime =
        dayStart - random.int(1, 85) * day + random.int(9, 18) * hour + random.pick([0, 30]) * minute;
      endTime = startTime + random.int(2, 8) * 15 * minute;
    }
    return { startTime, endTime };
  }
}

function floorTo(value: number, step: number): number {
  return Math.floor(value / step) * step;
}
