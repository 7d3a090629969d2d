import { type CallOutNumberProblem, type CallOutTarget, readCallOutNumber } from '@callroll/core';

export interface UnreadableTarget {
  /** What the person typed, as typed (it is theirs: shown back only in the prompt). */
  entry: string;
  problem: CallOutNumberProblem;
}

/**
 * Reads the numbers a person typed to call out to, separated by commas, semicolons or new lines,
 * through the core's `readCallOutNumber`: E.164 (`+86 138 0013 8000`, `0086…`), an 11-digit Chinese
 * mobile without +86, a landline with `ext. 123` or `转123`. `callingCodes` are those the provider
 * calls (its `callOutCallingCodes`). A number typed twice is called once.
 */
export function parseCallOutTargets(
  text: string,
  callingCodes?: readonly string[],
  /** The calling code national numbers are read with, and the name the calls show. */
  read: { callingCode?: string | undefined; name?: string | undefined } = {},
): { targets: CallOutTarget[]; unreadable: UnreadableTarget[] } {
  const entries = text
    .split(/[,;\n]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const targets: CallOutTarget[] = [];
  const unreadable: UnreadableTarget[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const result = readCallOutNumber(entry, { callingCodes, ...read });
    if (!result.ok) {
      unreadable.push({ entry, problem: result.problem });
      continue;
    }
    const key = `${result.target.number}|${result.target.extension ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push(result.target);
  }
  return { targets, unreadable };
}
