import type { Localize } from '../util/localize.js';

/** `45 s`, `23 min 15 s`, `2 h 5 min`: short enough for a row's description. */
export function formatDuration(totalSeconds: number, t: Localize): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return t('{0} s', seconds);
  if (seconds < 3600) return t('{0} min {1} s', Math.floor(seconds / 60), seconds % 60);
  return t('{0} h {1} min', Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60));
}
