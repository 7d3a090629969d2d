import type { Meeting, MeetingStatus } from '../model/meeting.js';
import type { Money } from '../model/money.js';
import type { PhoneStatus } from '../model/phone-participant.js';
import type { PhoneSummary } from '../summary/phone-summary.js';

/** A meeting, flat and JSON-ready: `null` for what the provider did not report; never its raw record. */
export interface MeetingRecord {
  provider: string;
  id: string;
  code: string | null;
  topic: string | null;
  status: MeetingStatus;
  rawStatus: string | null;
  startAt: string | null;
  endAt: string | null;
  host: string | null;
}

/** A meeting with its phone summary: what the CLI's `meeting` writes as JSON, and MCP's summary tool answers. */
export interface MeetingSummaryRecord extends MeetingRecord {
  phoneParticipants: number;
  byStatus: Record<PhoneStatus, number>;
  /** The provider's own texts behind `unknown`, with their counts. */
  unknownRawStatuses: Record<string, number>;
  /** null, not 0, when no line reports one: "not reported" is not "zero seconds". */
  durationSeconds: number | null;
  linesWithDuration: number;
  /** One exact total per currency. */
  cost: Money[];
}

export function toMeetingRecord(meeting: Meeting): MeetingRecord {
  return {
    provider: meeting.provider,
    id: meeting.id,
    code: meeting.code ?? null,
    topic: meeting.topic ?? null,
    status: meeting.status,
    rawStatus: meeting.rawStatus ?? null,
    startAt: meeting.startAt?.toISOString() ?? null,
    endAt: meeting.endAt?.toISOString() ?? null,
    host: meeting.host ?? null,
  };
}

export function toMeetingSummaryRecord(meeting: Meeting, summary: PhoneSummary): MeetingSummaryRecord {
  return {
    ...toMeetingRecord(meeting),
    phoneParticipants: summary.count,
    byStatus: { ...summary.byStatus },
    unknownRawStatuses: Object.fromEntries(summary.unknownRawStatuses),
    durationSeconds: summary.linesWithDuration > 0 ? summary.durationSeconds : null,
    linesWithDuration: summary.linesWithDuration,
    cost: summary.cost.map((money) => ({ ...money })),
  };
}
