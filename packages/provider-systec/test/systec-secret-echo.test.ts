import {
  AuthenticationError,
  CallrollError,
  collect,
  InvalidResponseError,
  ProviderError,
  RateLimitedError,
  streamMeetings,
  streamParticipants,
  streamPhoneParticipants,
  type TransportEvent,
} from '@callroll/core';
import {
  allLeaks,
  echoForms,
  errorTexts,
  eventTexts,
  type HostileServer,
  hostileSession,
  type ReceivedRequest,
  type Reply,
  rejection,
  secretForms,
} from '@callroll/test-support';
import { describe, expect, it } from 'vitest';
import {
  beijingRange,
  envelope,
  hostileCredentials,
  meetingRow,
  systecAt,
} from './support/systec-hostile.js';

// Issue 4, secrets in server messages: a Systec-shaped server that echoes the form it received
// (with `api_secret`) in its error messages, in both of Systec's error shapes, and in the rows it
// lists. No form of the secret may reach an error, a transport event or a row.

const { apiSecret } = hostileCredentials;
const range = beijingRange('2026-01-05', '2026-01-20');
const meetingNumber = '8800112233';

const session = hostileSession();

/**
 * The secret's forms as a server puts them in a JSON string. Not the JSON-escaped one: the raw
 * form already goes on the wire JSON-escaped (the secret has quotes), while the JSON-escaped form
 * would go escaped twice, which the core does not handle (see "beyond the listed forms").
 */
const jsonEchoForms = (secret: string) =>
  [...secretForms(secret)].filter(([form]) => form !== 'JSON-escaped').map(([, text]) => text);

/**
 * Everything the server can echo of one request: the body as sent, its fields re-encoded, its
 * headers, and the secret it carried alone in every form.
 */
function echoOf(request: ReceivedRequest): string {
  const secret = request.form.get('api_secret') ?? '(no secret)';
  return [
    `you sent ${request.method} ${request.path}`,
    `body ${request.body}`,
    `re-encoded ${new URLSearchParams(request.form).toString()}`,
    `headers ${JSON.stringify(request.headers)}`,
    echoForms('api_secret', secret, ['JSON-escaped']),
  ].join(' ; ');
}

function serve(reply: (request: ReceivedRequest, echo: string) => Reply): Promise<HostileServer> {
  return session.serve((request) => reply(request, echoOf(request)));
}

function providerAt(at: HostileServer, events: TransportEvent[], maxRetries = 0) {
  return session.closing(systecAt(at, events, { maxRetries }));
}

function expectNoLeak(texts: Record<string, string>, at: HostileServer): void {
  // The server did receive the secret, in the body: what it echoes is the real thing.
  expect(at.requests.every((request) => request.form.get('api_secret') === apiSecret)).toBe(true);
  expect(allLeaks(texts, { api_secret: [apiSecret] })).toEqual([]);
}

describe('Systec error messages that echo the form', () => {
  it.each([
    {
      what: 'the envelope {status: 400, message} inside HTTP 200',
      reply: (echo: string): Reply => ({ body: { status: 400, message: echo } }),
      check: ProviderError.isInstance,
      requests: 1,
    },
    {
      what: 'the envelope at HTTP 500, retried once',
      reply: (echo: string): Reply => ({ status: 500, body: { status: 500, message: echo } }),
      check: ProviderError.isInstance,
      requests: 2,
    },
    {
      what: "Zoom's {error: {code, message}} with an unmapped code",
      reply: (echo: string): Reply => ({ body: { error: { code: 9999, message: echo } } }),
      check: ProviderError.isInstance,
      requests: 1,
    },
    {
      what: "Zoom's {error: {code: 124, message}} (a refused key)",
      reply: (echo: string): Reply => ({ body: { error: { code: 124, message: echo } } }),
      check: AuthenticationError.isInstance,
      requests: 1,
    },
    {
      what: 'an envelope whose message reads as a rate limit',
      reply: (echo: string): Reply => ({ body: { status: 429, message: `too many requests: ${echo}` } }),
      check: RateLimitedError.isInstance,
      requests: 1,
    },
  ])('$what: no secret form in the error or the events', async ({ reply, check, requests }) => {
    const events: TransportEvent[] = [];
    const at = await serve((_request, echo) => reply(echo));
    // Retried once where a retry is due; a rate limit is not waited out (no retries, no waits).
    const provider = providerAt(at, events, requests > 1 ? 1 : 0);
    const error = await rejection(provider.listMeetings(range));
    expect(CallrollError.isInstance(error)).toBe(true);
    expect(check(error)).toBe(true);
    expect((error as Error).message).toContain('you sent POST /umeeting/share/detail');
    expect((error as Error).message).toContain('[REDACTED]');
    if (ProviderError.isInstance(error)) expect(error.providerMessage).toContain('[REDACTED]');
    expect(at.requests).toHaveLength(requests);
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });

  it('the reports call failing with the echo: no secret form in the error', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((_request, echo) => ({ body: { status: 400, message: echo } }));
    const error = await rejection(collect(streamPhoneParticipants(providerAt(at, events), meetingNumber)));
    expect(ProviderError.isInstance(error)).toBe(true);
    expect((error as ProviderError).message).toContain('you sent POST /umeeting/share/reports');
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });

  it('an HTML page (not JSON) echoing the form: the excerpt holds no secret form', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((_request, echo) => ({ body: `<html><body><pre>${echo}</pre></body></html>` }));
    const error = await rejection(providerAt(at, events).listMeetings(range));
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect((error as InvalidResponseError).excerpt).toContain('you sent POST');
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });

  it('a field of the wrong type holding the secret: its excerpt holds no secret form', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((request) =>
      envelope({ total_record: `${request.form.get('api_secret')}`, meetings: [] }),
    );
    const error = await rejection(providerAt(at, events).listMeetings(range));
    expect((error as InvalidResponseError).field).toBe('data.total_record');
    expect((error as InvalidResponseError).excerpt).toContain('[REDACTED]');
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });
});

describe('Systec rows that echo the form', () => {
  it('meeting topics and hosts holding every form of the secret, and the whole echo: no secret form in the meetings', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((request, echo) => {
      const echoes = [...jsonEchoForms(request.form.get('api_secret') ?? ''), echo];
      return envelope({
        total_record: echoes.length,
        total_page: 1,
        meetings: echoes.map((text, index) =>
          meetingRow(`u-${index}`, { topic: text, host_id: `host ${text}` }),
        ),
      });
    });
    const meetings = await collect(streamMeetings(providerAt(at, events), range));
    expect(meetings).toHaveLength(9);
    expect(meetings.every((meeting) => meeting.topic?.includes('[REDACTED]'))).toBe(true);
    const texts = Object.fromEntries(
      meetings.map((meeting, index) => [`meeting ${index}`, JSON.stringify(meeting)]),
    );
    expectNoLeak({ ...texts, ...eventTexts(events) }, at);
  });

  it('report rows (telephony types, attendee names) holding the echo: no secret form in the rows', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((request, echo) => {
      const secret = request.form.get('api_secret') ?? '';
      return envelope({
        meetings: [
          meetingRow('u-1', {
            meeting_id: meetingNumber,
            topic: echo,
            telephony_usage: jsonEchoForms(secret).map((text) => ({
              phone_number: '+8613800138000',
              type: text,
              start_time: '2026-1-10 10:00:00',
              end_time: '2026-1-10 10:30:00',
              duration: 30,
              total: '0.12',
            })),
            participants: [{ name: echo, join_time: '2026-1-10 10:00:00', leave_time: '2026-1-10 10:30:00' }],
          }),
        ],
      });
    });
    const provider = providerAt(at, events);
    const calls = await collect(streamPhoneParticipants(provider, meetingNumber));
    const attendees = await collect(streamParticipants(provider, meetingNumber));
    const meeting = await provider.getMeeting(meetingNumber);
    expect(calls).toHaveLength(8);
    expect(calls.every((call) => call.rawDirection === '[REDACTED]')).toBe(true);
    expect(attendees).toHaveLength(1);
    const texts = {
      ...Object.fromEntries(calls.map((call, index) => [`call ${index}`, JSON.stringify(call)])),
      attendee: JSON.stringify(attendees),
      meeting: JSON.stringify(meeting),
    };
    expectNoLeak({ ...texts, ...eventTexts(events) }, at);
  });
});

describe('beyond the listed forms', () => {
  it.each([
    ['URL-encoded as a whole', (body: string) => encodeURIComponent(body)],
    ['as hex', (body: string) => Buffer.from(body, 'utf8').toString('hex')],
    ['as base64', (body: string) => Buffer.from(body, 'utf8').toString('base64')],
  ])('an error message holding the received body %s', async (_what, encode) => {
    const events: TransportEvent[] = [];
    const at = await serve((request) => ({ body: { status: 400, message: `body ${encode(request.body)}` } }));
    const error = await rejection(providerAt(at, events).listMeetings(range));
    expect(ProviderError.isInstance(error)).toBe(true);
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });

  it('an error message holding the fields as a JSON document', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((request) => ({
      body: { status: 400, message: `fields ${JSON.stringify(Object.fromEntries(request.form))}` },
    }));
    const error = await rejection(providerAt(at, events).listMeetings(range));
    expect(ProviderError.isInstance(error)).toBe(true);
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });

  it('a meeting topic holding the JSON-escaped secret', async () => {
    const at = await serve((request) =>
      envelope({
        meetings: [meetingRow('u-1', { topic: JSON.stringify(request.form.get('api_secret')).slice(1, -1) })],
      }),
    );
    const meetings = await collect(streamMeetings(providerAt(at, []), range));
    expect(meetings).toHaveLength(1);
    expectNoLeak({ meetings: JSON.stringify(meetings) }, at);
  });

  it.each([
    [
      'Gson (\\u003d for =, \\u0026 for &)',
      (secret: string) => JSON.stringify(secret).replace(/=/g, '\\u003d').replace(/&/g, '\\u0026'),
    ],
    ['PHP (\\/ for /)', (secret: string) => JSON.stringify(secret).replace(/\//g, '\\/')],
  ])('an error message echoing the secret as %s escapes it', async (_what, escapeSecret) => {
    const events: TransportEvent[] = [];
    const at = await serve((request) => ({
      body: `{"status":400,"message":"secret ${escapeSecret(request.form.get('api_secret') ?? '').slice(1, -1)}"}`,
    }));
    const error = await rejection(providerAt(at, events).listMeetings(range));
    expect(ProviderError.isInstance(error)).toBe(true);
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });
});
