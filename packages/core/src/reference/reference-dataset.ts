/** The reference service's records, in its own wire format (snake_case, ISO times, string costs). */
export interface ReferenceMeetingRecord {
  id: string;
  code: string;
  topic: string;
  state: string;
  starts_at: string;
  ends_at: string | null;
  host: string;
}

export interface ReferencePhoneRecord {
  id: string;
  number: string;
  extension: string | null;
  direction: string;
  status: string;
  joined_at: string | null;
  left_at: string | null;
  duration_s: number | null;
  cost: string | null;
  currency: string;
}

export interface ReferenceParticipantRecord {
  id: string;
  name: string;
  joined_at: string;
  left_at: string | null;
  device: string;
}

export interface ReferenceDataset {
  meetings: ReferenceMeetingRecord[];
  phones: Map<string, ReferencePhoneRecord[]>;
  participants: Map<string, ReferenceParticipantRecord[]>;
}

export interface ReferenceDatasetOptions {
  seed?: number | undefined;
  /** Phone participants of the meeting `ref-big` (default 10,000). */
  bigMeetingPhones?: number | undefined;
}

/** Well-known ids in the default dataset, for tests and demos. */
export const referenceMeetingIds = {
  /** Ended; 250 phone participants of every status, two with a status no client knows. */
  weekly: 'ref-weekly',
  /** Live; a dozen phone participants, some still ringing. */
  live: 'ref-live',
  /** Ended; 10,000 phone participants, for benchmarks. */
  big: 'ref-big',
} as const;

export const referenceUnknownStatus = 'on-hold-music';

const statuses = ['ringing', 'in-call', 'hung-up', 'no-answer', 'cancelled'] as const;
const topics = [
  '产品周会 Weekly product sync',
  '客户回访 Customer follow-up',
  'Board review 董事会',
  '技术分享',
  'All hands',
];
const hosts = ['王芳', 'Li Lei', 'Alice Chen', '张伟'];

// mulberry32: a small deterministic generator, so that the same seed gives the same data.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic dataset for the reference server. */
export function createReferenceDataset(options: ReferenceDatasetOptions = {}): ReferenceDataset {
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const meetings: ReferenceMeetingRecord[] = [];
  const phones = new Map<string, ReferencePhoneRecord[]>();
  const participants = new Map<string, ReferenceParticipantRecord[]>();
  const base = Date.UTC(2026, 10, 2, 1, 0, 0);

  const addMeeting = (id: string, startMs: number, state: string, phoneCount: number, unknown = 0) => {
    const endMs = startMs + 60 * 60_000;
    meetings.push({
      id,
      code: String(100_000_000 + Math.floor(next() * 899_999_999)),
      topic: pick(topics),
      state,
      starts_at: new Date(startMs).toISOString(),
      ends_at: state === 'ended' ? new Date(endMs).toISOString() : null,
      host: pick(hosts),
    });
    const list: ReferencePhoneRecord[] = [];
    for (let index = 0; index < phoneCount; index++) {
      const status = index < unknown ? referenceUnknownStatus : (statuses[index % statuses.length] as string);
      const answered = status === 'in-call' || status === 'hung-up';
      const joined = startMs + Math.floor(next() * 10 * 60_000);
      const seconds = status === 'hung-up' ? 30 + Math.floor(next() * 3000) : 0;
      const landline = index % 7 === 3;
      list.push({
        id: `${id}-p${index + 1}`,
        number: landline
          ? `+86 10 ${String(6000_0000 + Math.floor(next() * 3999_9999))}`
          : `+86 13${Math.floor(next() * 10)}${String(Math.floor(next() * 1e8)).padStart(8, '0')}`,
        extension: landline ? String(100 + (index % 900)) : null,
        direction: index % 11 === 0 ? 'in' : 'out',
        status,
        joined_at: answered ? new Date(joined).toISOString() : null,
        left_at: status === 'hung-up' ? new Date(joined + seconds * 1000).toISOString() : null,
        duration_s: status === 'hung-up' ? seconds : null,
        cost: status === 'hung-up' ? (Math.ceil(seconds / 60) * 0.12).toFixed(2) : null,
        currency: 'CNY',
      });
    }
    phones.set(id, list);
    participants.set(
      id,
      Array.from({ length: 3 + (phoneCount % 5) }, (_, index) => ({
        id: `${id}-u${index + 1}`,
        name: pick(hosts),
        joined_at: new Date(startMs + index * 60_000).toISOString(),
        left_at: state === 'ended' ? new Date(endMs).toISOString() : null,
        device: pick(['Windows', 'macOS', 'iOS', 'Android', 'Web']),
      })),
    );
  };

  addMeeting(referenceMeetingIds.weekly, base, 'ended', 250, 2);
  addMeeting(referenceMeetingIds.live, base + 20 * 86_400_000, 'live', 12);
  addMeeting(referenceMeetingIds.big, base + 86_400_000, 'ended', options.bigMeetingPhones ?? 10_000);
  for (let day = 2; day < 28; day++) {
    addMeeting(
      `ref-${day}`,
      base + day * 86_400_000,
      day > 20 ? 'scheduled' : day === 13 ? 'cancelled' : 'ended',
      day % 4,
    );
  }
  return { meetings, phones, participants };
}
