import { addMonths, dayFromCivil, isRealDate } from '../data/systec/calendar-day.js';
import type { FormParams } from './form-params.js';
import { badParameter } from './systec-error.js';

/**
 * share/detail's `from` and `to`: dates (`2017-08-31`, or unpadded `2017-8-31` as Systec's own
 * examples write them), both defaulting to today. At most one month is served: a longer range is
 * cut to its last month (from the day after `to` minus one calendar month), and the answer's
 * `from` says so.
 */
export function readDateRange(form: FormParams, today: number): { fromDay: number; toDay: number } {
  const toDay = readDate(form, 'to') ?? today;
  const fromDay = readDate(form, 'from') ?? today;
  if (fromDay > toDay) throw badParameter('from must not be after to.');
  return { fromDay: Math.max(fromDay, addMonths(toDay, -1) + 1), toDay };
}

function readDate(form: FormParams, name: string): number | undefined {
  const text = form.string(name)?.trim();
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || !isRealDate(year, month, day)) {
    throw badParameter(`${name} must be a date as yyyy-MM-dd, not "${text}".`);
  }
  return dayFromCivil(year, month, day);
}
