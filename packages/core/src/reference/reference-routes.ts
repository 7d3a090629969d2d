import type { IncomingMessage } from 'node:http';
import type { ReferenceDataset } from './reference-dataset.js';
import type { ReferenceScenario } from './reference-server.js';

/** What the reference server sends: a JSON body, its status and any extra headers. */
export interface ReferenceReply {
  status: number;
  body: unknown;
  headers?: Record<string, string> | undefined;
}

export interface ReferenceRouteContext {
  apiKey: string;
  dataset: ReferenceDataset;
  scenario: ReferenceScenario;
}

type Paged = <T>(items: T[]) => { items: T[]; page: number; page_size: number; total: number };

const maxPageSize = 100;

/**
 * The reference service's API: `GET /v1/meetings?from&to`, `/v1/meetings/:id` and its `phones`
 * and `participants`, paged by `page` and `page_size`, behind a bearer key.
 */
export function answerReferenceRequest(
  request: IncomingMessage,
  context: ReferenceRouteContext,
): ReferenceReply {
  const { scenario } = context;
  if (request.headers.authorization !== `Bearer ${context.apiKey}`) {
    return fail(401, 'unauthorized', 'The API key is missing or wrong');
  }
  if (scenario.mode === 'rate-limited') {
    return fail(429, 'rate_limited', 'Too many requests', { 'retry-after': '1' });
  }
  if (request.method !== 'GET') return fail(405, 'method_not_allowed', 'Only GET is supported');
  const url = new URL(request.url ?? '/', 'http://localhost');
  const page = Number(url.searchParams.get('page') ?? '1');
  const pageSize = Number(url.searchParams.get('page_size') ?? '20');
  if (
    !Number.isInteger(page) ||
    page < 1 ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > maxPageSize
  ) {
    return fail(400, 'invalid_parameter', `page must be >= 1 and page_size 1..${maxPageSize}`);
  }
  const paged: Paged = (items) => ({
    items: items.slice((page - 1) * pageSize, page * pageSize),
    page,
    page_size: pageSize,
    total: items.length,
  });
  const malformed = scenario.mode === 'malformed-response';
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);

  if (segments[0] !== 'v1' || segments[1] !== 'meetings') return fail(404, 'not_found', 'No such endpoint');
  if (segments.length === 2) return listMeetings(url, context.dataset, paged, malformed);
  return answerMeeting(segments, context.dataset, paged, malformed);
}

function listMeetings(url: URL, dataset: ReferenceDataset, paged: Paged, malformed: boolean): ReferenceReply {
  const from = Date.parse(url.searchParams.get('from') ?? '');
  const to = Date.parse(url.searchParams.get('to') ?? '');
  if (Number.isNaN(from) || Number.isNaN(to)) {
    return fail(400, 'invalid_parameter', 'from and to must be ISO dates');
  }
  // A meeting belongs to a range when it overlaps it; one not ended yet counts from its start.
  const inRange = dataset.meetings.filter((meeting) => {
    const start = Date.parse(meeting.starts_at);
    const end = meeting.ends_at === null ? start : Date.parse(meeting.ends_at);
    return start < to && end >= from;
  });
  return ok(malformed ? { ...paged(inRange), total: 'many' } : paged(inRange));
}

/** `/v1/meetings/:id`, and its `phones` and `participants`. */
function answerMeeting(
  segments: string[],
  dataset: ReferenceDataset,
  paged: Paged,
  malformed: boolean,
): ReferenceReply {
  const meeting = dataset.meetings.find((candidate) => candidate.id === segments[2]);
  if (!meeting) return fail(404, 'not_found', 'No meeting with this id');
  if (segments.length === 3) return ok(malformed ? { ...meeting, starts_at: 12 } : meeting);
  if (segments.length === 4 && segments[3] === 'phones') {
    const body = paged(dataset.phones.get(meeting.id) ?? []);
    return ok(
      malformed ? { ...body, items: body.items.map((item) => ({ ...item, duration_s: 'long' })) } : body,
    );
  }
  if (segments.length === 4 && segments[3] === 'participants') {
    return ok(paged(dataset.participants.get(meeting.id) ?? []));
  }
  return fail(404, 'not_found', 'No such endpoint');
}

function ok(body: unknown): ReferenceReply {
  return { status: 200, body };
}

function fail(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): ReferenceReply {
  return { status, body: { error: { code, message } }, headers };
}
