import { type CallOutTarget, isValidPhoneNumber, parsePhoneNumber } from '@callroll/core';

/**
 * Reads the numbers a person typed to call out to: E.164 numbers separated by commas, semicolons
 * or new lines, each optionally with `ext. 123`. Returns the targets, or the entries it cannot read.
 */
export function parseCallOutTargets(text: string): { targets: CallOutTarget[]; unreadable: string[] } {
  const entries = text
    .split(/[,;\n]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const targets: CallOutTarget[] = [];
  const unreadable: string[] = [];
  for (const entry of entries) {
    const phone = parsePhoneNumber({ number: entry });
    if (!phone.parsed || !isValidPhoneNumber(phone)) {
      unreadable.push(entry);
      continue;
    }
    targets.push({ number: phone.e164, ...(phone.extension ? { extension: phone.extension } : {}) });
  }
  return { targets, unreadable };
}
