import fc from 'fast-check';
import { type CountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import {
  formatPhoneNumber,
  isValidPhoneNumber,
  parsePhoneNumber,
  phoneNumberSchema,
} from '../src/model/phone-number.js';

describe('parsePhoneNumber', () => {
  it('reads a Chinese mobile given as area + national number (Tencent style)', () => {
    const phone = parsePhoneNumber({ number: '13888888888', callingCode: 86 });
    expect(phone).toMatchObject({
      parsed: true,
      e164: '+8613888888888',
      countryCode: '86',
      nationalNumber: '13888888888',
    });
    expect(isValidPhoneNumber(phone)).toBe(true);
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
    const hongKong = parsePhoneNumber({ number: '91234567', callingCode: 852 });
    expect(hongKong).toMatchObject({ e164: '+85291234567' });
    expect(isValidPhoneNumber(hongKong)).toBe(true);
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
    const short = parsePhoneNumber({ number: '+86 1999' });
    expect(short).toMatchObject({ parsed: true });
    expect(isValidPhoneNumber(short)).toBe(false);
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

describe('parsePhoneNumber: the fast path for national numbers', () => {
  const reference = (number: string, callingCode: string) => {
    const parsed = (() => {
      try {
        return parsePhoneNumberFromString(number, { defaultCallingCode: callingCode as CountryCallingCode });
      } catch {
        return undefined;
      }
    })();
    return parsed
      ? {
          parsed: true,
          e164: parsed.number,
          countryCode: parsed.countryCallingCode,
          nationalNumber: parsed.nationalNumber,
        }
      : { parsed: false };
  };

  it('reads every number as a full libphonenumber parse does, under any calling code it knows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('86', '852', '1', '44', '7', '81', '49', '33', '61', '999'),
        fc.oneof(
          fc.stringMatching(/^1[3-9]\d{9}$/),
          fc.stringMatching(/^[0-9]{4,14}$/),
          fc.stringMatching(/^(0|11|12|179)\d{5,10}$/),
          // Landlines with their trunk prefix, as a national list gives them (`010 8888 6666`).
          fc.stringMatching(/^0[1-9]\d{7,10}$/),
        ),
        (callingCode, number) => {
          const phone = parsePhoneNumber({ number, callingCode });
          const expected = reference(number, callingCode);
          if (!expected.parsed) expect(phone.parsed).toBe(false);
          else expect({ ...phone, raw: undefined }).toEqual({ ...expected, raw: undefined });
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('answers validity when asked, as libphonenumber judges the number', () => {
    expect(isValidPhoneNumber(parsePhoneNumber({ number: '13888888888', callingCode: 86 }))).toBe(true);
    expect(isValidPhoneNumber(parsePhoneNumber({ number: '12345', callingCode: 86 }))).toBe(false);
    expect(isValidPhoneNumber(parsePhoneNumber({ number: 'anonymous' }))).toBe(false);
  });
});
