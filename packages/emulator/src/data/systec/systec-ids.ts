import type { SeededRandom } from '../../random/seeded-random.js';

/** 16 random bytes in standard base64: `==` always, `+` and `/` often. */
export function randomUuid(random: SeededRandom, allSpecials: boolean): string {
  const bytes = random.bytes(16);
  if (allSpecials) {
    // Bytes 3 and 4 start the second base64 quartet: 0xFB then 0xF? write "+/" there.
    bytes[3] = 0xfb;
    bytes[4] = 0xf0 | ((bytes[4] ?? 0) & 0x0f);
  }
  return bytes.toString('base64');
}

/** Zoom-style meeting numbers: mostly 10 digits, some 9 or 11 (all within safe integers). */
export function randomMeetingId(random: SeededRandom): string {
  const length = random.weighted<number>([
    [10, 85],
    [11, 10],
    [9, 5],
  ]);
  return `${random.int(1, 9)}${random.digits(length - 1)}`;
}
