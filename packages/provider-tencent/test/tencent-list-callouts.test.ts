import {
  CallrollError,
  InvalidResponseError,
  jsonResponseHandler,
  type Page,
  type PhoneParticipant,
  phoneParticipantSchema,
} from '@callroll/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tencentErrors } from '../src/tencent-errors.js';
import { toCalloutPage } from '../src/tencent-list-callouts.js';
import { tencentCalloutListWire } from '../src/tencent-wire-schemas.js';

// The callout list as the provider reads it: the body through the same handler its API uses
// (JSON, Tencent's error table, the wire schema), then the page mapping.
const readPage = (text: string, context: { meetingId: string; page: number; pageSize?: number }) => {
  const handle = jsonResponseHandler(tencentErrors, {
    schema: tencentCalloutListWire,
    what: 'the callout list',
  });
  const outcome = handle({
    status: 200,
    headers: {},
    text,
    request: { method: 'GET', url: 'http://127.0.0.1/v1/x' },
    attempts: 1,
  });
  if ('error' in outcome) throw outcome.error;
  return toCalloutPage(outcome.value, context.meetingId, context.page, context.pageSize ?? 100);
};
const cursorsOf = (page: Page<PhoneParticipant>) => (page.pageCursors ? [...page.pageCursors] : undefined);

// The seed's example response, verbatim (its "current_size"/"current_page" are the swapped pair).
const seedExample = `{
  "meeting_id":"1111111111111",
  "phone_numbers":[
    {
      "area":86,
      "phone":"13888888888",
      "status":"",
      "ms_open_id":"dddddddd"
    }
  ],
  "current_size": 30,
  "total_count": 1000,
  "current_page": 10,
  "total_page": 20 
}`;

describe('the callout list page', () => {
  it('refuses a total_page that its total_count contradicts, naming it, without making the cursors', () => {
    const body = { meeting_id: '1', phone_numbers: [], total_count: 10_000, total_page: 1_000_000_000 };
    const error = (() => {
      try {
        readPage(JSON.stringify(body), { meetingId: '1', page: 1 });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect((error as InvalidResponseError).field).toBe('total_page');
  });

  it('reads total_page by the rows a full page holds when the server pages by fewer than asked', () => {
    const rows = Array.from({ length: 20 }, (_, index) => ({
      area: 86,
      phone: '13888888888',
      status: '',
      ms_open_id: `m${index}`,
    }));
    const body = { meeting_id: '1', phone_numbers: rows, total_count: 100, total_page: 5 };
    expect(cursorsOf(readPage(JSON.stringify(body), { meetingId: '1', page: 1, pageSize: 100 }))).toEqual([
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it("parses the seed's documented example exactly", () => {
    const page = readPage(seedExample, { meetingId: '1111111111111', page: 10 });
    expect(page).toEqual({
      items: [
        {
          provider: 'tencent',
          meetingId: '1111111111111',
          participantId: 'dddddddd',
          phone: {
            parsed: true,
            e164: '+8613888888888',
            countryCode: '86',
            nationalNumber: '13888888888',
            raw: '+86 13888888888',
          },
          direction: 'call-out',
          status: 'unknown',
          rawStatus: '',
          raw: { area: 86, phone: '13888888888', status: '', ms_open_id: 'dddddddd' },
        },
      ],
      total: 1000,
      nextCursor: '11',
    });
  });

  it('lists every later page on the first one, from total_page, whatever current_size and current_page say', () => {
    const body = {
      meeting_id: '1',
      phone_numbers: [],
      current_size: 99,
      current_page: 99,
      total_count: 250,
      total_page: 3,
    };
    const first = readPage(JSON.stringify(body), { meetingId: '1', page: 1 });
    expect(first).toMatchObject({ nextCursor: '2', total: 250 });
    expect(cursorsOf(first)).toEqual(['2', '3']);
    expect(readPage(JSON.stringify(body), { meetingId: '1', page: 3 }).nextCursor).toBeUndefined();
  });

  it('tolerates numbers sent as strings, an absent extension and a missing list', () => {
    const body = {
      meeting_id: '1',
      phone_numbers: [
        { area: '852', phone: '91234567', extension_number: '', status: 'START_ACCEPT', ms_open_id: 'x' },
      ],
      total_count: '1',
      total_page: '1',
    };
    const page = readPage(JSON.stringify(body), { meetingId: '1', page: 1 });
    expect(page.items[0]).toMatchObject({ status: 'connected', phone: { e164: '+85291234567' } });
    expect(page.items[0]?.phone.extension).toBeUndefined();
    const empty = readPage('{"meeting_id":"1","total_count":0,"total_page":0}', { meetingId: '1', page: 1 });
    expect(empty).toEqual({ items: [], total: 0 });
  });

  it('names the field at fault', () => {
    const body = {
      meeting_id: '1',
      phone_numbers: [{ area: 'eighty-six', phone: '1', status: '', ms_open_id: 'x' }],
      total_count: 1,
      total_page: 1,
    };
    try {
      readPage(JSON.stringify(body), { meetingId: '1', page: 1 });
      expect.unreachable();
    } catch (error) {
      expect(InvalidResponseError.isInstance(error)).toBe(true);
      expect((error as InvalidResponseError).field).toBe('phone_numbers[0].area');
    }
  });
});

const validCallout = fc.record({
  area: fc.oneof(fc.constantFrom(86, 852, 1), fc.constantFrom('86', '852', '1')),
  phone: fc.stringMatching(/^1[3-9]\d{9}$/),
  extension_number: fc.option(fc.stringMatching(/^\d{0,6}$/), { nil: undefined }),
  status: fc.constantFrom(
    'START_INVITE',
    'START_ACCEPT',
    'LEAVE_WITH_ACCEPTED',
    'LEAVE_WITHOUT_ACCEPT',
    'CANCLE_INVITE',
    '',
    'X',
  ),
  ms_open_id: fc.string({ minLength: 1, maxLength: 12 }),
});
const validBody = fc
  .record({
    meeting_id: fc.stringMatching(/^\d{1,20}$/),
    phone_numbers: fc.array(validCallout, { maxLength: 5 }),
    current_size: fc.nat(100),
    current_page: fc.nat(100),
    total_count: fc.nat(10_000),
  })
  // total_page as a server that pages by 100 counts it.
  .map((body) => ({ ...body, total_page: Math.ceil(body.total_count / 100) }));

// Returns data that parses with the core model, or a typed error: never anything else.
function expectDataOrTypedError(text: string) {
  let page: Page<PhoneParticipant> | undefined;
  try {
    page = readPage(text, { meetingId: '1', page: 1 });
  } catch (error) {
    expect(CallrollError.isInstance(error), String(error)).toBe(true);
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    return;
  }
  for (const item of page.items) phoneParticipantSchema.parse(item);
}

describe('the callout list parser under random input (property)', () => {
  it('answers data or a typed error for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectDataOrTypedError(JSON.stringify(value))),
      {
        numRuns: 500,
      },
    );
  });

  it('answers data or a typed error for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectDataOrTypedError(text)),
      { numRuns: 300 },
    );
  });

  it('parses every valid body to as many items as it holds', () => {
    fc.assert(
      fc.property(validBody, (body) => {
        const page = readPage(JSON.stringify(body), { meetingId: body.meeting_id, page: 1 });
        expect(page.items).toHaveLength(body.phone_numbers.length);
      }),
    );
  });

  it('answers data or a typed error for valid bodies with a field removed, replaced or the text cut', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('drop' as const), path: fc.nat(), value: fc.constant(null) }),
      fc.record({ kind: fc.constant('replace' as const), path: fc.nat(), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('cut' as const), path: fc.nat(), value: fc.constant(null) }),
    );
    fc.assert(
      fc.property(validBody, mutation, (body, change) => {
        const text = JSON.stringify(body);
        if (change.kind === 'cut')
          return expectDataOrTypedError(text.slice(0, change.path % (text.length + 1)));
        const targets: [Record<string, unknown>, string][] = [];
        const collect = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return;
          for (const [key, child] of Object.entries(node)) {
            targets.push([node as Record<string, unknown>, key]);
            collect(child);
          }
        };
        collect(body);
        const [owner, key] = targets[change.path % targets.length] as [Record<string, unknown>, string];
        if (change.kind === 'drop') delete owner[key];
        else owner[key] = change.value;
        expectDataOrTypedError(JSON.stringify(body));
      }),
      { numRuns: 500 },
    );
  });
});
