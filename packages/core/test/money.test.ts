import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, sumMoney, toMoney } from '../src/model/money.js';

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
});
