/** `prefix0`, `prefix1`, … for `count` ids from `from`. */
export function ids(prefix: string, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${from + index}`);
}
