import type { QuirkDice } from './quirk-dice.js';

/**
 * Minutes as documented (a number), or with `string-durations` as `"45"`, `"45分钟"` or `"00:45"`
 * (hours:minutes).
 */
export function durationValue(minutes: number, dice: QuirkDice, key: string): number | string {
  if (!dice.hits('string-durations', key)) return minutes;
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return dice.pick('string-durations', key, [String(minutes), `${minutes}分钟`, clock]);
}

/** A 0/1 flag as documented, or with `loose-flags` as `"0"`/`"1"` or `false`/`true`. */
export function flagValue(on: boolean, dice: QuirkDice, key: string): number | string | boolean {
  if (!dice.hits('loose-flags', key)) return on ? 1 : 0;
  return dice.pick<string | boolean>('loose-flags', key, [on ? '1' : '0', on]);
}

/** A boolean as documented, or as `"true"`/`"false"` (`string-booleans`) or `1`/`0` (`loose-flags`). */
export function booleanValue(value: boolean, dice: QuirkDice, key: string): boolean | string | number {
  const forms: (string | number)[] = [];
  if (dice.hits('string-booleans', key)) forms.push(String(value));
  if (dice.hits('loose-flags', key)) forms.push(value ? 1 : 0);
  if (forms.length === 0) return value;
  return forms.length === 1 ? (forms[0] ?? value) : dice.pick('string-booleans', key, forms);
}

/** A meeting number as documented (a string), or with `numeric-ids` as a JSON number. */
export function meetingIdValue(meetingId: string, dice: QuirkDice, key: string): string | number {
  return dice.hits('numeric-ids', key) ? Number(meetingId) : meetingId;
}
