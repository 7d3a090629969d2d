import {
  AuthenticationError,
  CallrollError,
  collect,
  InvalidInputError,
  InvalidResponseError,
  NotFoundError,
  ProviderError,
  RateLimitedError,
  streamParticipants,
  streamPhoneParticipants,
  type TransportEvent,
} from '@callroll/core';
import {
  allLeaks,
  calloutRow,
  errorTexts,
  eventTexts,
  type HostileServer,
  hostileSession,
  hostileTencentAccount,
  participantRow,
  type ReceivedRequest,
  type Reply,
  rejection,
  secretForms,
  tencentEchoOf,
  tencentSecretsOf,
} from '@callroll/test-support';
import { describe, expect, it } from 'vitest';
import { tencentAt } from './support/tencent-hostile.js';

// Issue 4, secrets in server messages: a Tencent-shaped server that echoes what it received (the
// request's headers, its X-TC-Signature in every encoding) and the account's SecretKey (never
// sent, but a hostile server may know it) in its error messages and in the rows it lists. None
// of it may reach an error (message, JSON, excerpt, providerMessage), a transport event, or a row.

const meetingId = '1234567890123';
const { secretKey } = hostileTencentAccount;

const session = hostileSession();

function serve(reply: (request: ReceivedRequest, echo: string) => Reply): Promise<HostileServer> {
  return session.serve((request) => reply(request, tencentEchoOf(request)));
}

function providerAt(at: HostileServer, events: TransportEvent[], maxRetries = 0) {
  return session.closing(tencentAt(at, events, { maxRetries }));
}

/** No secret form in any of the texts, nor anything a reader could decode back into a secret. */
function expectNoLeak(texts: Record<string, string>, at: HostileServer): void {
  expect(allLeaks(texts, tencentSecretsOf(at))).toEqual([]);
}

const errorBody = (code: number, message: string) => ({ error_info: { error_code: code, message } });

describe('Tencent error messages that echo the request', () => {
  it.each([
    { what: 'an unmapped code at HTTP 400', status: 400, code: 4_242_424, check: ProviderError.isInstance },
    {
      what: 'an unmapped code at HTTP 500, retried once',
      status: 500,
      code: 4_242_424,
      check: ProviderError.isInstance,
    },
    {
      what: 'a signature refusal (200003)',
      status: 200,
      code: 200_003,
      check: AuthenticationError.isInstance,
    },
    { what: 'a refused parameter (190004)', status: 200, code: 190_004, check: InvalidInputError.isInstance },
    { what: 'no such meeting (9003)', status: 200, code: 9003, check: NotFoundError.isInstance },
    { what: 'the daily limit (190311)', status: 200, code: 190_311, check: RateLimitedError.isInstance },
  ])('$what: no secret form in the error or the events', async ({ status, code, check }) => {
    const events: TransportEvent[] = [];
    const at = await serve((_request, echo) => ({ status, body: errorBody(code, echo) }));
    const error = await rejection(collect(streamPhoneParticipants(providerAt(at, events, 1), meetingId)));
    expect(CallrollError.isInstance(error)).toBe(true);
    expect(check(error)).toBe(true);
    // The server's words are passed on, with the secrets cut out of them.
    expect((error as Error).message).toContain('you sent GET');
    expect((error as Error).message).toContain('[REDACTED]');
    expect(at.requests.length).toBe(status === 500 ? 2 : 1);
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
    if (ProviderError.isInstance(error)) expect(error.providerMessage).toContain('[REDACTED]');
    if (InvalidInputError.isInstance(error)) {
      expectNoLeak({ issues: JSON.stringify(error.issues) }, at);
    }
  });

  it('an HTML error page (not JSON) echoing the request: the excerpt holds no secret form', async () => {
    const events: TransportEvent[] = [];
    // The secrets first: the excerpt is the page's first 160 characters.
    const at = await serve((request, echo) => ({
      status: 200,
      body: `<pre>${request.headers['x-tc-signature']} ${secretKey} you sent GET</pre><pre>${echo}</pre>`,
    }));
    const error = await rejection(providerAt(at, events).listPhoneParticipants(meetingId));
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    const invalid = error as InvalidResponseError;
    expect(invalid.field).toBe('(body)');
    expect(invalid.excerpt).toContain('you sent GET');
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });

  it('a field of the wrong type holding the echo: the excerpt of that field holds no secret form', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((request) => ({
      body: {
        meeting_id: meetingId,
        phone_numbers: [],
        total_count: `${request.headers['x-tc-signature']} ${secretKey}`,
        total_page: 1,
      },
    }));
    const error = await rejection(providerAt(at, events).listPhoneParticipants(meetingId));
    expect((error as InvalidResponseError).field).toBe('total_count');
    expect((error as InvalidResponseError).excerpt).toContain('[REDACTED]');
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });
});

describe('Tencent rows that echo the request', () => {
  it('callout names, statuses and ids holding every form of the signature and SecretKey: no secret form in the rows or events', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((request) => {
      const signature = request.headers['x-tc-signature'] ?? '';
      const echoes = [...secretForms(signature).values(), ...secretForms(secretKey).values()];
      return {
        body: {
          meeting_id: meetingId,
          phone_numbers: echoes.map((echo, index) =>
            calloutRow(`id-${index}-${echo}`, { nick_name: echo, status: `S ${echo}` }),
          ),
          total_count: echoes.length,
          total_page: 1,
        },
      };
    });
    const rows = await collect(streamPhoneParticipants(providerAt(at, events), meetingId));
    expect(rows).toHaveLength(18);
    expect(rows.every((row) => row.name === '[REDACTED]')).toBe(true);
    const texts = Object.fromEntries(rows.map((row, index) => [`row ${index}`, JSON.stringify(row)]));
    expectNoLeak({ ...texts, ...eventTexts(events) }, at);
  });

  it('participant names holding the whole echo: no secret form in the rows', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((request, echo) => ({
      body: {
        meeting_id: meetingId,
        total_count: 2,
        has_remaining: false,
        participants: [
          { ...participantRow('u1'), user_name: echo },
          { ...participantRow('u2'), user_name: request.headers['x-tc-signature'], userid: secretKey },
        ],
      },
    }));
    const rows = await collect(streamParticipants(providerAt(at, events), meetingId));
    expect(rows).toHaveLength(2);
    const texts = Object.fromEntries(rows.map((row, index) => [`row ${index}`, JSON.stringify(row)]));
    expectNoLeak({ ...texts, ...eventTexts(events) }, at);
  });
});

describe('beyond the listed forms', () => {
  it('an error message holding the request headers base64-encoded as a whole', async () => {
    const events: TransportEvent[] = [];
    const at = await serve((request) => ({
      status: 400,
      body: errorBody(
        4_242_424,
        `headers ${Buffer.from(JSON.stringify(request.headers)).toString('base64')}`,
      ),
    }));
    const error = await rejection(providerAt(at, events).listPhoneParticipants(meetingId));
    expect(ProviderError.isInstance(error)).toBe(true);
    expectNoLeak({ ...errorTexts(error), ...eventTexts(events) }, at);
  });

  it('a nick_name that is base64 of a text holding the secrets leaves no secret in the row', async () => {
    const at = await serve((request) => {
      const signature = request.headers['x-tc-signature'] ?? '';
      const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');
      return {
        body: {
          meeting_id: meetingId,
          phone_numbers: [
            calloutRow('m1', { nick_name: encode(`caller ${signature}`) }),
            calloutRow('m2', { nick_name: encode(`key ${secretKey}`) }),
          ],
          total_count: 2,
          total_page: 1,
        },
      };
    });
    const rows = await collect(streamPhoneParticipants(providerAt(at, []), meetingId));
    expect(rows).toHaveLength(2);
    const texts = Object.fromEntries(rows.map((row, index) => [`row ${index}`, JSON.stringify(row)]));
    expectNoLeak(texts, at);
  });
});
