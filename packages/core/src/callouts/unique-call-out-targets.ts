import type { CallOutTarget } from '../provider/provider-v1.js';

/** The targets with each number (and extension) once, at its first place: no number is rung twice. */
export function uniqueCallOutTargets(targets: readonly CallOutTarget[]): CallOutTarget[] {
  const seen = new Set<string>();
  return targets.filter((target) => {
    const key = `${target.number}|${target.extension ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
