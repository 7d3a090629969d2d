import {
  type Meeting,
  type MeetingStatus,
  moneyFromMinorUnits,
  type PhoneParticipant,
  type PhoneStatus,
  parsePhoneNumber,
  parseUnixTime,
} from '@callroll/core';
import type { AcmeDialInWire, AcmeMeetingWire } from './acme-wire.js';

// The values Acme documents; anything else is `unknown`, with the text kept in `rawStatus`.
const meetingStatuses: Readonly<Record<string, MeetingStatus>> = {
  PLANNED: 'scheduled',
  LIVE: 'live',
  DONE: 'ended',
};
const dialInStates: Readonly<Record<string, PhoneStatus>> = {
  RINGING: 'calling',
  TALKING: 'connected',
  HUNG_UP: 'ended',
  MISSED: 'unanswered',
};

export function toMeeting(wire: AcmeMeetingWire): Meeting {
  const startAt = wire.started_at === null ? undefined : parseUnixTime(wire.started_at);
  const endAt = wire.ended_at === null ? undefined : parseUnixTime(wire.ended_at);
  return {
    provider: 'acme',
    id: wire.id,
    topic: wire.title,
    status: meetingStatuses[wire.status] ?? 'unknown',
    rawStatus: wire.status,
    ...(startAt ? { startAt } : {}),
    ...(endAt ? { endAt } : {}),
    raw: wire,
  };
}

export function toPhoneParticipant(meetingId: string, wire: AcmeDialInWire): PhoneParticipant {
  // 0 fen is a free call, kept (it prints as 0.00 CNY); null is a cost not known yet, left out.
  const cost = wire.cost_fen === null ? undefined : moneyFromMinorUnits(wire.cost_fen, 'CNY');
  return {
    provider: 'acme',
    meetingId,
    participantId: wire.id,
    phone: parsePhoneNumber({ number: wire.phone }),
    // Acme has dial-ins only.
    direction: 'call-in',
    status: dialInStates[wire.state] ?? 'unknown',
    rawStatus: wire.state,
    ...(wire.talk_seconds === null ? {} : { durationSeconds: wire.talk_seconds }),
    ...(cost ? { cost } : {}),
    raw: wire,
  };
}
