import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, moneyFromMinorUnits, sumMoney, toMoney } from '../src/model/money.js';

describe('money', () => {
  it('sums 1,000 calls of 0.12 yuan to exactly 120.00', () => {
    const costs = Array.from({ length: 1000 }, () => toMoney(0.12, 'cny'));
    expect(sumMoney(costs)).toEqual([{ amount: '120', currency: 'CNY' }]);
    expect(formatMoney({ amount: '120', currency: 'CNY' })).toBe('120.00 CNY');
    // The float sum drifts; ours does not.
    expect(Array.from({ length: 1000 }, () => 0.12).reduce((a, b) => a + b, 0)).not.toBe(120);
  });

  it('reads amounts as strings and numbers, and refuses text that is not a number', () => {
    expect(toMoney('0.10', 'CNY')).toEqual({ amount: '0.1', currency: 'CNY' });
    expect(toMoney(1e-7, 'USD')).toEqual({ amount: '0.0000001', currency: 'USD' });
    expect(toMoney('6分钟', 'CNY')).toBeUndefined();
    expect(toMoney(Number.NaN, 'CNY')).toBeUndefined();
  });

  it('keeps one total per currency', () => {
    expect(sumMoney([toMoney('1.5', 'CNY'), undefined, toMoney('2', 'USD'), toMoney('0.25', 'CNY')])).toEqual(
      [
        { amount: '1.75', currency: 'CNY' },
        { amount: '2', currency: 'USD' },
      ],
    );
  });

  it('sums cents exactly for any list of amounts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_00 }), { maxLength: 200 }), (cents) => {
        const total = sumMoney(cents.map((value) => toMoney((value / 100).toFixed(2), 'CNY')));
        const expected = cents.reduce((a, b) => a + b, 0);
        expect(total.length === 0 ? 0 : Math.round(Number(total[0]?.amount) * 100)).toBe(expected);
      }),
    );
  });

  it('reads minor units exactly: 1234 fen is 12.34 yuan, and 0 prints as 0.00', () => {
    expect(moneyFromMinorUnits(1234, 'cny')).toEqual({ amount: '12.34', currency: 'CNY' });
    expect(moneyFromMinorUnits('5', 'CNY')).toEqual({ amount: '0.05', currency: 'CNY' });
    expect(moneyFromMinorUnits(-250, 'USD')).toEqual({ amount: '-2.5', currency: 'USD' });
    expect(moneyFromMinorUnits(1234, 'JPY', 0)).toEqual({ amount: '1234', currency: 'JPY' });
    expect(moneyFromMinorUnits('123456789012345678901', 'CNY')?.amount).toBe('1234567890123456789.01');
    const zero = moneyFromMinorUnits(0, 'CNY');
    expect(zero).toEqual({ amount: '0', currency: 'CNY' });
    expect(formatMoney(zero as NonNullable<typeof zero>)).toBe('0.00 CNY');
  });

  it('refuses minor units that are not a whole number', () => {
    for (const minor of [12.5, Number.NaN, 2 ** 53, '12.5', '1e3', '', '12 fen']) {
      expect(moneyFromMinorUnits(minor, 'CNY'), String(minor)).toBeUndefined();
    }
    expect(moneyFromMinorUnits(1, 'CNY', -1)).toBeUndefined();
  });

  it('sums minor units to the same exact total as their decimal amounts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_00, max: 10_000_00 }), { maxLength: 200 }), (fen) => {
        const fromMinor = sumMoney(fen.map((value) => moneyFromMinorUnits(value, 'CNY')));
        const fromDecimal = sumMoney(fen.map((value) => toMoney((value / 100).toFixed(2), 'CNY')));
        expect(fromMinor).toEqual(fromDecimal);
      }),
    );
  });
});
