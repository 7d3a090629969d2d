import { InvalidInputError } from '@callroll/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSystecMeetingRef, parseSystecMeetingRef } from '../src/systec-meeting-ref.js';

const byNumber = { idParameter: 'meeting_ids' };
const byUuid = { idParameter: 'uuid' };
// The seed document's meeting.
const docUuid = 'dgvOvqWVRUWjrEOS2YI2ig==';
const docNumber = '1790001234';
// Others, so that a message's own example is not mistaken for an echo.
const seedUuid = Buffer.alloc(16, 0xfb).toString('base64');
const seedNumber = '1571106323';

function problemOf(input: unknown, context = byNumber): InvalidInputError | undefined {
  try {
    checkSystecMeetingRef(input, context, 'meetingRef');
    return undefined;
  } catch (error) {
    if (!InvalidInputError.isInstance(error)) throw error;
    return error;
  }
}

describe('checkSystecMeetingRef', () => {
  it('takes the documents’ meeting numbers and number:uuid pairs, trimmed', () => {
    for (const ref of [docNumber, seedNumber, '123456789', '12345678901', `${docNumber}:${docUuid}`]) {
      expect(checkSystecMeetingRef(ref, byNumber)).toBe(ref);
    }
    expect(checkSystecMeetingRef(`  ${seedNumber}\n`, byNumber)).toBe(seedNumber);
    expect(checkSystecMeetingRef(docUuid, byUuid)).toBe(docUuid);
    expect(checkSystecMeetingRef(seedUuid, byUuid)).toBe(seedUuid);
  });

  it('takes every uuid made of 16 bytes, with / + = among them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.bigInt(1n, 10n ** 11n), (bytes, n) => {
        const uuid = Buffer.from(bytes).toString('base64');
        expect(checkSystecMeetingRef(uuid, byUuid)).toBe(uuid);
        expect(checkSystecMeetingRef(`${n}:${uuid}`, byNumber)).toBe(`${n}:${uuid}`);
      }),
    );
    expect(checkSystecMeetingRef('+/+/AAAAAAAAAAAAAAAAAA==', byUuid)).toBe('+/+/AAAAAAAAAAAAAAAAAA==');
  });

  it.each([
    ['a path', '../../share/detail'],
    ['dots', '..'],
    ['a path without dots', 'share/detail'],
    ['an absolute path', '/etc/passwd'],
    ['a path shaped like a uuid', 'share/meetingdetail/ab=='],
    ['a comma-joined list', '1790001234,1790001235'],
    ['a comma after a pair', `${seedNumber}:${seedUuid},1`],
    ['inner whitespace', '179 0001234'],
    ['a tab in a pair', `${seedNumber}:\t${seedUuid}`],
    ['an empty id', ''],
    ['blanks only', '   '],
    ['an empty number', `:${seedUuid}`],
    ['an empty uuid', `${seedNumber}:`],
    ['two colons', `${seedNumber}::${seedUuid}`],
    ['a uuid alone, by meeting number', seedUuid],
    ['a truncated uuid', `${seedNumber}:${seedUuid.slice(0, -3)}==`],
    ['a uuid of no 16 bytes', `${seedNumber}:dgvOvqWVRUWjrEOS2YI2ih==`],
    ['url-encoded padding', `${seedNumber}:dgvOvqWVRUWjrEOS2YI2ig%3D%3D`],
    ['url-safe base64', `${seedNumber}:dgvOvqWVRUWjrEOS2YI2i_==`],
    ['a number too long', '1'.repeat(21)],
    ['a huge argument', '1'.repeat(100_000)],
    ['a signed number', '-1790001234'],
    ['full-width digits', '１７９０００１２３４'],
    ['not a string', 1790001234],
  ])('refuses %s, naming the field and never the value', (_, input) => {
    const error = problemOf(input);
    expect(error, String(input)).toBeDefined();
    expect(error?.provider).toBe('systec');
    expect(error?.fields).toEqual(['meetingRef']);
    expect(error?.issues[0]?.problem).toMatch(/^must be a meeting number/);
    if (typeof input === 'string' && input.trim().length > 3) expect(error?.message).not.toContain(input);
  });

  it('with uuid lookups takes a bare uuid only', () => {
    for (const input of [
      seedNumber,
      `${seedNumber}:${seedUuid}`,
      `${seedUuid},${seedUuid}`,
      'share/detail',
    ]) {
      expect(problemOf(input, byUuid)?.issues[0]?.problem, input).toMatch(/^must be a meeting uuid/);
    }
  });
});

describe('parseSystecMeetingRef', () => {
  it('splits a pair into the number to ask for and the report meant', () => {
    expect(parseSystecMeetingRef(`${seedNumber}:${seedUuid}`, byNumber)).toEqual({
      lookup: seedNumber,
      uuid: seedUuid,
    });
    expect(parseSystecMeetingRef(seedNumber, byNumber)).toEqual({ lookup: seedNumber });
    expect(parseSystecMeetingRef(seedUuid, byUuid)).toEqual({ lookup: seedUuid });
  });
});
