import type { Meeting, MeetingStatus } from '../model/meeting.js';
import { toMoney } from '../model/money.js';
import type { Participant } from '../model/participant.js';
import { parsePhoneNumber } from '../model/phone-number.js';
import type { PhoneDirection, PhoneParticipant, PhoneStatus } from '../model/phone-participant.js';
import type {
  ReferenceMeetingWire,
  ReferenceParticipantWire,
  ReferencePhoneWire,
} from './reference-wire-schemas.js';

const provider = 'reference';

// The values the service documents; anything else is `unknown`, its text kept in `raw…`.
const meetingStates: Readonly<Record<string, MeetingStatus>> = {
  scheduled: 'scheduled',
  live: 'live',
  ended: 'ended',
  cancelled: 'cancelled',
};
const phoneStatuses: Readonly<Record<string, PhoneStatus>> = {
  ringing: 'calling',
  'in-call': 'connected',
  'hung-up': 'ended',
  'no-answer': 'unanswered',
  cancelled: 'cancelled',
};
const directions: Readonly<Record<string, PhoneDirection>> = {
  out: 'call-out',
  in: 'call-in',
  'toll-free': 'toll-free',
};

export function toMeeting(wire: ReferenceMeetingWire): Meeting {
  return {
    provider,
    id: wire.id,
    code: wire.code,
    topic: wire.topic,
    status: meetingStates[wire.state] ?? 'unknown',
    rawStatus: wire.state,
    startAt: new Date(wire.starts_at),
    ...(wire.ends_at ? { endAt: new Date(wire.ends_at) } : {}),
    host: wire.host,
    raw: wire,
  };
}

export function toPhoneParticipant(meetingId: string, wire: ReferencePhoneWire): PhoneParticipant {
  // Costs come as decimal strings ("0.36"); `toMoney` keeps them exact.
  const cost = wire.cost === null ? undefined : toMoney(wire.cost, wire.currency);
  return {
    provider,
    meetingId,
    participantId: wire.id,
    phone: parsePhoneNumber({ number: wire.number, extension: wire.extension ?? undefined }),
    direction: directions[wire.direction] ?? 'unknown',
    rawDirection: wire.direction,
    status: phoneStatuses[wire.status] ?? 'unknown',
    rawStatus: wire.status,
    ...(wire.joined_at ? { joinedAt: new Date(wire.joined_at) } : {}),
    ...(wire.left_at ? { leftAt: new Date(wire.left_at) } : {}),
    ...(wire.duration_s === null ? {} : { durationSeconds: wire.duration_s }),
    ...(cost ? { cost } : {}),
    raw: wire,
  };
}

export function toParticipant(meetingId: string, wire: ReferenceParticipantWire): Participant {
  return {
    provider,
    meetingId,
    participantId: wire.id,
    name: wire.name,
    joinedAt: new Date(wire.joined_at),
    ...(wire.left_at ? { leftAt: new Date(wire.left_at) } : {}),
    device: wire.device,
    raw: wire,
  };
}
