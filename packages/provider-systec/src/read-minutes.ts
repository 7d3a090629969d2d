/**
 * Reads a Systec duration in minutes: `45`, `"45"`, `"6分钟"`, `"6 min"` or `"01:25"`
 * (hours:minutes, since the field's unit is minutes). Undefined for anything else.
 */
export function readMinutes(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const text = value.trim();
  const plain = /^(\d+(?:\.\d+)?)\s*(分钟|分|min|mins|minutes)?$/i.exec(text);
  if (plain) return Number(plain[1]);
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  return undefined;
}
