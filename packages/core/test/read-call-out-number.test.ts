import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCallOutNumber } from '../src/callouts/read-call-out-number.js';

const tencentCodes = ['86', '852', '1'];

describe('readCallOutNumber', () => {
  it.each([
    ['+8613800138000', '+8613800138000', undefined],
    ['+86 138-0013-8000', '+8613800138000', undefined],
    ['0086 138 0013 8000', '+8613800138000', undefined],
    ['13800138000', '+8613800138000', undefined],
    ['+86 10 8888 6666 ext. 123', '+861088886666', '123'],
    ['+861088886666,123', '+861088886666', '123'],
    ['+861088886666#9', '+861088886666', '9'],
    ['010-88886666转123', '+861088886666', '123'],
    ['+1 650 253 0000 x42', '+16502530000', '42'],
  ])('reads %s', (text, e164, extension) => {
    const read = readCallOutNumber(text, { callingCode: text.startsWith('010') ? '86' : undefined });
    expect(read).toMatchObject({ ok: true, target: { number: e164, ...(extension ? { extension } : {}) } });
    if (read.ok && !extension) expect(read.target.extension).toBeUndefined();
  });

  it('reads a national number with the calling code given apart, and keeps the name', () => {
    expect(readCallOutNumber('6123 4567', { callingCode: '+852', name: ' 陈大文 ' })).toEqual({
      ok: true,
      phone: expect.objectContaining({ e164: '+85261234567' }),
      target: { number: '+85261234567', name: '陈大文' },
    });
  });

  it('reads every 11-digit Chinese mobile as +86 without a calling code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('13', '15', '18', '19', '17'),
        fc.stringMatching(/^\d{9}$/),
        (head, tail) => {
          const read = readCallOutNumber(head + tail);
          if (read.ok) expect(read.target.number).toBe(`+86${head}${tail}`);
          else expect(read.problem).toBe('invalid');
        },
      ),
    );
  });

  it.each([
    ['', {}, 'empty'],
    ['   ', {}, 'empty'],
    ['call me', {}, 'unreadable'],
    ['+86 138 0013 800a', {}, 'unreadable'],
    ['88886666', {}, 'needs-calling-code'],
    ['010 8888 6666', {}, 'needs-calling-code'],
    ['88886666', { callingCode: '8a' }, 'bad-calling-code'],
    ['+86 12345', {}, 'invalid'],
    ['+8613800138000 ext. 12a', {}, 'bad-extension'],
    ['+8613800138000 ext.', {}, 'bad-extension'],
    ['+8613800138000 ext. 12345678901', {}, 'bad-extension'],
    ['+44 20 7946 0958', { callingCodes: tencentCodes }, 'calling-code-not-served'],
  ])('refuses %j with a reason (%j → %s)', (text, options, problem) => {
    const read = readCallOutNumber(text, options);
    expect(read).toMatchObject({ ok: false, problem });
    if (!read.ok) {
      expect(read.reason.length).toBeGreaterThan(5);
      expect(read.reason).not.toContain('\n');
    }
  });

  it('names the calling code a provider does not serve', () => {
    expect(readCallOutNumber('+44 20 7946 0958', { callingCodes: tencentCodes })).toMatchObject({
      callingCode: '44',
      reason: 'the provider calls only +86, +852, +1',
    });
  });
});
