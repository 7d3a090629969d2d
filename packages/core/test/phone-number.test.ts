import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhoneNumber, parsePhoneNumber, phoneNumberSchema } from '../src/model/phone-number.js';

describe('parsePhoneNumber', () => {
  it('reads a Chinese mobile given as area + national number (Tencent style)', () => {
    const phone = parsePhoneNumber({ number: '13888888888', callingCode: 86 });
    expect(phone).toMatchObject({
      parsed: true,
      e164: '+8613888888888',
      countryCode: '86',
      nationalNumber: '13888888888',
      valid: true,
    });
    expect(phoneNumberSchema.parse(phone)).toEqual(phone);
  });

  it('reads a Beijing landline with its trunk prefix and a separate extension', () => {
    const phone = parsePhoneNumber({ number: '010-88886666', callingCode: '86', extension: '1234' });
    expect(phone).toMatchObject({
      parsed: true,
      e164: '+861088886666',
      nationalNumber: '1088886666',
      extension: '1234',
    });
    expect(phone.raw).toBe('+86 010-88886666 ext. 1234');
  });

  it('reads E.164 text with a plus (Systec style) and numbers of Hong Kong and the US', () => {
    expect(parsePhoneNumber({ number: '+8613716819201' })).toMatchObject({
      e164: '+8613716819201',
      countryCode: '86',
    });
    expect(parsePhoneNumber({ number: '91234567', callingCode: 852 })).toMatchObject({
      e164: '+85291234567',
      valid: true,
    });
    expect(parsePhoneNumber({ number: '(212) 555-0100', callingCode: 1 })).toMatchObject({
      e164: '+12125550100',
      countryCode: '1',
    });
  });

  it('keeps a number it cannot read, flagged, instead of dropping it', () => {
    const phone = parsePhoneNumber({ number: 'anonymous' });
    expect(phone).toEqual({ parsed: false, raw: 'anonymous' });
    expect(parsePhoneNumber({ number: '***', callingCode: 86, extension: '9' })).toEqual({
      parsed: false,
      raw: '+86 *** ext. 9',
      extension: '9',
    });
  });

  it('keeps a number whose calling code is unknown instead of throwing', () => {
    expect(parsePhoneNumber({ number: '13888888888', callingCode: 0 })).toEqual({
      parsed: false,
      raw: '+0 13888888888',
    });
    expect(parsePhoneNumber({ number: '123', callingCode: '999' })).toMatchObject({ parsed: false });
  });

  it('never throws and always keeps the input, whatever it is given (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.string({ maxLength: 4 })), {
          nil: undefined,
        }),
        fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
        (number, callingCode, extension) => {
          const phone = parsePhoneNumber({ number, callingCode, extension });
          expect(phoneNumberSchema.safeParse(phone).success).toBe(true);
          expect(phone.raw).toContain(number.trim());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('flags a number that parses but is not valid for its country', () => {
    expect(parsePhoneNumber({ number: '+86 1999' })).toMatchObject({ parsed: true, valid: false });
  });
});

describe('formatPhoneNumber', () => {
  const mobile = parsePhoneNumber({ number: '13888881234', callingCode: 86 });
  it('formats internationally', () => {
    expect(formatPhoneNumber(mobile)).toBe('+86 13888881234');
  });
  it('masks the middle digits', () => {
    expect(formatPhoneNumber(mobile, { mask: true })).toBe('+86 138****1234');
    const landline = parsePhoneNumber({ number: '01088886666', callingCode: 86, extension: '12' });
    expect(formatPhoneNumber(landline, { mask: true })).toBe('+86 108***6666 ext. 12');
  });
  it('masks an unparsed number too', () => {
    expect(formatPhoneNumber(parsePhoneNumber({ number: '5551234' }), { mask: true })).not.toContain('55512');
  });
});
