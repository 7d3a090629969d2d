import { calloutStatuses } from './callout-status.js';
import type { FixtureMeeting, TencentFixtures } from './fixtures.js';
import type { IdStream } from './id-stream.js';
import { hasMeetingRole, type Meeting, meetingStatusOf } from './meeting.js';
import type { FixtureName, MeetingSpec } from './meeting-specs.js';

export interface FixturesContext {
  operatorId: string;
  otherUserId: string;
  userIds: Iterable<string>;
  /** Draws the missing ids after the meetings' own, so it must come after every meeting is made. */
  ids: IdStream;
}

/** What the Tencent half's tests may rely on: the planned fixture meetings, missing ids, counts. */
export function buildFixtures(
  context: FixturesContext,
  specs: readonly MeetingSpec[],
  meetings: readonly Meeting[],
): TencentFixtures {
  const { operatorId, ids } = context;
  const fixtureMeetings = new Map<FixtureName, FixtureMeeting>();
  specs.forEach((spec, index) => {
    const meeting = meetings[index];
    if (spec.fixture && meeting) fixtureMeetings.set(spec.fixture, toFixture(meeting));
  });
  const fixture = (name: FixtureName): FixtureMeeting => {
    const found = fixtureMeetings.get(name);
    if (!found) throw new Error(`Fixture ${name} was not planned`);
    return found;
  };
  const operatorsEnded = meetings.filter(
    (meeting) => meeting.phase === 'ended' && hasMeetingRole(meeting, operatorId),
  ).length;
  return {
    operatorId,
    otherUserId: context.otherUserId,
    unregisteredUserId: ids.departedUserId(context.userIds),
    largeCalloutMeeting: fixture('largeCalloutMeeting'),
    everyStatusMeeting: fixture('everyStatusMeeting'),
    blankStatusMeeting: fixture('blankStatusMeeting'),
    liveMeeting: fixture('liveMeeting'),
    upcomingMeeting: fixture('upcomingMeeting'),
    endedMeeting: fixture('endedMeeting'),
    cancelledMeeting: fixture('cancelledMeeting'),
    coHostedMeeting: fixture('coHostedMeeting'),
    hostedMeeting: fixture('hostedMeeting'),
    foreignMeeting: fixture('foreignMeeting'),
    manyParticipantsMeeting: fixture('manyParticipantsMeeting'),
    missingMeetingId: ids.nextId(),
    missingMeetingCode: ids.nextCode(),
    undocumentedCalloutStatus: calloutStatuses.undocumented,
    operatorMeetings: {
      liveAndUpcoming: meetings.filter(
        (meeting) =>
          meeting.creatorId === operatorId && (meeting.phase === 'live' || meeting.phase === 'upcoming'),
      ).length,
      ended: operatorsEnded,
    },
  };
}

function toFixture(meeting: Meeting): FixtureMeeting {
  return {
    meetingId: meeting.meetingId,
    meetingCode: meeting.meetingCode,
    subject: meeting.subject,
    status: meetingStatusOf[meeting.phase],
    calloutCount: meeting.calloutCount,
    participantCount: meeting.participantCount,
  };
}
