import {
  InvalidResponseError,
  type Meeting,
  type Participant,
  type PhoneParticipant,
  parsePhoneNumber,
  parseUnixTime,
} from '@callroll/core';
import { decodeTencentBase64, decodeTencentText } from './decode-tencent-text.js';
import { toMeetingStatus, toPhoneStatus } from './tencent-statuses.js';
import type {
  TencentCalloutWire,
  TencentMeetingWire,
  TencentParticipantWire,
} from './tencent-wire-schemas.js';

const provider = 'tencent';

export function toPhoneParticipant(meetingId: string, wire: TencentCalloutWire): PhoneParticipant {
  const name = decodeTencentText(wire.nick_name);
  return {
    provider,
    meetingId,
    participantId: wire.ms_open_id,
    phone: parsePhoneNumber({
      number: wire.phone,
      callingCode: wire.area,
      extension: wire.extension_number || undefined,
    }),
    ...(name ? { name } : {}),
    direction: 'call-out',
    status: toPhoneStatus(wire.status),
    rawStatus: wire.status,
    raw: wire,
  };
}

export function toMeeting(wire: TencentMeetingWire, fallbackStatus?: Meeting['status']): Meeting {
  const topic = decodeTencentText(wire.subject);
  const startAt = wire.start_time === undefined ? undefined : parseUnixTime(wire.start_time);
  const endAt = wire.end_time === undefined ? undefined : parseUnixTime(wire.end_time);
  const host = wire.hosts?.[0]?.userid ?? wire.creator_userid ?? wire.userid;
  const status = wire.status === undefined && fallbackStatus ? fallbackStatus : toMeetingStatus(wire.status);
  return {
    provider,
    id: wire.meeting_id,
    ...(wire.meeting_code ? { code: wire.meeting_code } : {}),
    ...(topic ? { topic } : {}),
    status,
    ...(wire.status ? { rawStatus: wire.status } : {}),
    ...(startAt ? { startAt } : {}),
    ...(endAt ? { endAt } : {}),
    ...(host ? { host } : {}),
    raw: wire,
  };
}

// Tencent's `instanceid`: the kind of client someone joined with.
const devices: Record<number, string> = {
  1: 'Windows',
  2: 'macOS',
  3: 'Android',
  4: 'iOS',
  5: 'Web',
  6: 'iPad',
  7: 'Android Pad',
  8: 'Mini Program',
  9: 'SIP / H.323',
  10: 'Linux',
  20: 'Rooms (Windows)',
  21: 'Rooms (macOS)',
  22: 'Rooms (Android)',
};

export function toParticipant(meetingId: string, wire: TencentParticipantWire, index: number): Participant {
  const joinedAt = parseUnixTime(wire.join_time);
  if (!joinedAt) {
    throw new InvalidResponseError({
      provider,
      field: `participants[${index}].join_time`,
      message: 'A Tencent participant has no join time',
      excerpt: JSON.stringify(wire.join_time),
    });
  }
  const leftAt = wire.left_time === undefined ? undefined : parseUnixTime(wire.left_time);
  const participantId = wire.ms_open_id ?? wire.open_id ?? wire.userid;
  const device =
    wire.instanceid === undefined ? undefined : (devices[wire.instanceid] ?? `instance ${wire.instanceid}`);
  return {
    provider,
    meetingId,
    ...(participantId ? { participantId } : {}),
    name: decodeTencentBase64(wire.user_name) || wire.userid || '(unnamed)',
    joinedAt,
    ...(leftAt ? { leftAt } : {}),
    ...(device ? { device } : {}),
    raw: wire,
  };
}
