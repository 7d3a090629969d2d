import {
  InvalidResponseError,
  type Meeting,
  type Participant,
  type PhoneDirection,
  type PhoneParticipant,
  parsePhoneNumber,
  parseProviderTime,
  toMoney,
} from '@callroll/core';
import { readMinutes } from './read-minutes.js';
import type { SystecMeetingWire, SystecParticipantWire, SystecTelephonyWire } from './systec-wire-schemas.js';

const provider = 'systec';

export interface SystecMapContext {
  timeZone: string;
  /** `uuid` when the reports call takes meeting records; else the meeting number is the id. */
  idParameter: string;
}

/**
 * A meeting's Callroll id. With `uuid` lookups it is the uuid. With meeting-number lookups it is
 * `<number>:<uuid>`: a room's number is reused by every meeting held under it, so the number alone
 * names several meetings, while the pair names one and still says what to ask the service for.
 */
export function systecMeetingKey(wire: SystecMeetingWire, context: SystecMapContext): string | undefined {
  if (context.idParameter === 'uuid') return wire.uuid ?? wire.id;
  const number = wire.meeting_id ?? wire.id;
  return number !== undefined && wire.uuid ? `${number}:${wire.uuid}` : number;
}

function time(text: string | null | undefined, field: string, context: SystecMapContext): Date | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const date = parseProviderTime(text, context.timeZone);
  if (!date) {
    throw new InvalidResponseError({
      provider,
      field,
      message: `Systec sent a time that is neither yyyy-M-d H:m:s nor ISO: ${field}`,
      excerpt: JSON.stringify(text).slice(0, 80),
    });
  }
  return date;
}

export function toMeeting(wire: SystecMeetingWire, context: SystecMapContext, field: string): Meeting {
  const id = systecMeetingKey(wire, context);
  if (!id) {
    throw new InvalidResponseError({
      provider,
      field: `${field}.${context.idParameter === 'uuid' ? 'uuid' : 'meeting_id'}`,
      message: 'A Systec meeting has no id',
    });
  }
  const startAt = time(wire.start_time, `${field}.start_time`, context);
  const endAt = time(wire.end_time, `${field}.end_time`, context);
  const code = wire.meeting_id;
  return {
    provider,
    id,
    ...(code ? { code } : {}),
    ...(wire.topic ? { topic: wire.topic } : {}),
    // end_time is documented as when the meeting was deleted: without one it is still going on.
    status: endAt ? 'ended' : startAt ? 'live' : 'unknown',
    ...(startAt ? { startAt } : {}),
    ...(endAt ? { endAt } : {}),
    ...(wire.host_id ? { host: wire.host_id } : {}),
    raw: wire,
  };
}

// Zoom's report types, which UMeeting mirrors; the dial-in kinds are all call-in.
const directions: Record<string, PhoneDirection> = {
  'call-out': 'call-out',
  'call-in': 'call-in',
  'toll-free': 'toll-free',
  'US toll-number': 'call-in',
  'global toll-number': 'call-in',
  premium: 'call-in',
  'premium call-in': 'call-in',
};

export function toPhoneParticipant(
  meetingId: string,
  wire: SystecTelephonyWire,
  context: SystecMapContext,
  field: string,
): PhoneParticipant {
  const joinedAt = time(wire.start_time, `${field}.start_time`, context);
  const leftAt = time(wire.end_time, `${field}.end_time`, context);
  const minutes = readMinutes(wire.duration);
  if (
    wire.duration !== null &&
    wire.duration !== undefined &&
    wire.duration !== '' &&
    minutes === undefined
  ) {
    throw new InvalidResponseError({
      provider,
      field: `${field}.duration`,
      message: 'Systec sent a call duration that is not minutes',
      excerpt: JSON.stringify(wire.duration).slice(0, 80),
    });
  }
  // The times are to the second; the duration field is whole billed minutes.
  const durationSeconds =
    joinedAt && leftAt && leftAt >= joinedAt
      ? Math.round((leftAt.getTime() - joinedAt.getTime()) / 1000)
      : minutes === undefined
        ? undefined
        : Math.round(minutes * 60);
  const cost = wire.total === null || wire.total === undefined ? undefined : toMoney(wire.total, 'CNY');
  return {
    provider,
    meetingId,
    phone: parsePhoneNumber({ number: wire.phone_number }),
    direction: directions[wire.type] ?? 'unknown',
    rawDirection: wire.type,
    // A usage record is a call that happened: over once it has an end, else still on.
    status: leftAt ? 'ended' : 'connected',
    ...(joinedAt ? { joinedAt } : {}),
    ...(leftAt ? { leftAt } : {}),
    ...(durationSeconds === undefined ? {} : { durationSeconds }),
    ...(cost ? { cost } : {}),
    raw: wire,
  };
}

export function toParticipant(
  meetingId: string,
  wire: SystecParticipantWire,
  context: SystecMapContext,
  field: string,
): Participant {
  const joinedAt = time(wire.join_time, `${field}.join_time`, context);
  if (!joinedAt)
    throw new InvalidResponseError({
      provider,
      field: `${field}.join_time`,
      message: 'A Systec participant has no join time',
    });
  const leftAt = time(wire.leave_time, `${field}.leave_time`, context);
  return {
    provider,
    meetingId,
    name: wire.name,
    joinedAt,
    ...(leftAt ? { leftAt } : {}),
    raw: wire,
  };
}
