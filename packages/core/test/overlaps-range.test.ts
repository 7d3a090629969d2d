import { describe, expect, it } from 'vitest';
import { overlapsRange } from '../src/provider/overlaps-range.js';

const range = { from: new Date('2026-11-02T10:00:00Z'), to: new Date('2026-11-02T12:00:00Z') };
const at = (time: string) => new Date(`2026-11-02T${time}:00Z`);

describe('overlapsRange: the contract range rule', () => {
  it.each([
    ['ended before the range', { startAt: at('08:00'), endAt: at('09:59') }, false],
    ['ended as the range begins', { startAt: at('08:00'), endAt: at('10:00') }, true],
    ['running into the range', { startAt: at('09:00'), endAt: at('11:00') }, true],
    ['spanning the whole range', { startAt: at('09:00'), endAt: at('13:00') }, true],
    ['starting within', { startAt: at('11:59'), endAt: at('13:00') }, true],
    ['starting as the range ends', { startAt: at('12:00'), endAt: at('13:00') }, false],
    ['without an end, started before', { startAt: at('09:00') }, false],
    ['without an end, started within', { startAt: at('10:00') }, true],
    ['without times', {}, true],
  ])('a meeting %s', (_, meeting, expected) => {
    expect(overlapsRange(meeting, range)).toBe(expected);
  });
});
