import { hour, minute } from '../time-units.js';
import { dayStartSeconds } from './calendar-day.js';
import type { SystecMeeting } from './systec-meeting.js';
import type { SystecMeetingFactory } from './systec-meeting-factory.js';

/** The meetings the fixtures point at. */
export interface SystecFixtureMeetings {
  cost: SystecMeeting;
  everyType: SystecMeeting;
  tooFew: SystecMeeting;
  special: SystecMeeting;
  recurring: SystecMeeting[];
  live: SystecMeeting;
}

export interface FixtureMeetingsPlan {
  /** The first day of the busy month (a day number). */
  busyFrom: number;
  nowSeconds: number;
  /** Offset of the days' time zone from UTC, seconds. */
  zoneOffset: number;
  personalMeetingId: string;
  /** The room the recurring meetings are held in. */
  recurringHostId: string;
}

/** Makes the fixtures' meetings in the busy month, and three live ones at `now`, in a fixed order. */
export function makeFixtureMeetings(
  factory: SystecMeetingFactory,
  plan: FixtureMeetingsPlan,
): SystecFixtureMeetings {
  const { busyFrom, nowSeconds } = plan;
  const at = (day: number, hours: number, minutes: number) =>
    dayStartSeconds(day, plan.zoneOffset) + hours * hour + minutes * minute;
  const cost = factory.make('fixture:cost', {
    startSeconds: at(busyFrom + 9, 10, 0),
    lengthSeconds: 95 * minute,
    participantCount: 8,
    callCount: 1_000,
    callPlan: 'cost-fixture',
  });
  const everyType = factory.make('fixture:every-type', {
    startSeconds: at(busyFrom + 11, 14, 30),
    lengthSeconds: 62 * minute,
    participantCount: 6,
    callCount: 12,
    callPlan: 'every-type',
  });
  const tooFew = factory.make('fixture:too-few', {
    startSeconds: at(busyFrom + 12, 16, 0),
    lengthSeconds: 20 * minute,
    participantCount: 1,
    callCount: 1,
  });
  const special = factory.make('fixture:special-characters', {
    startSeconds: at(busyFrom + 13, 11, 0),
    lengthSeconds: 40 * minute,
    participantCount: 4,
    callCount: 2,
    uuidWithAllSpecials: true,
  });
  const recurring = [2, 9, 16].map((offset, index) =>
    factory.make(`fixture:recurring#${index}`, {
      startSeconds: at(busyFrom + offset, 9, 0) + index * 7,
      lengthSeconds: 50 * minute,
      participantCount: 5,
      callCount: 1,
      meetingId: plan.personalMeetingId,
      hostId: plan.recurringHostId,
    }),
  );
  const live = factory.make('fixture:live', {
    startSeconds: nowSeconds - 25 * minute,
    live: true,
    participantCount: 9,
    callCount: 3,
  });
  factory.make('fixture:live#1', {
    startSeconds: nowSeconds - 50 * minute,
    live: true,
    participantCount: 14,
    callCount: 2,
  });
  factory.make('fixture:live#2', {
    startSeconds: nowSeconds - 8 * minute,
    live: true,
    participantCount: 3,
    callCount: 0,
  });
  return { cost, everyType, tooFew, special, recurring, live };
}
