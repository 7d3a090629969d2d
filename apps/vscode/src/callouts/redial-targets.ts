import {
  type CallOutTarget,
  isValidPhoneNumber,
  type PhoneParticipant,
  type PhoneStatus,
} from '@callroll/core';

export interface RedialTargets {
  targets: CallOutTarget[];
  /** Lines in the statuses whose number cannot be read: left out. */
  uncallable: number;
}

/**
 * The numbers to call again: each number's latest line (a number called twice has a line per call,
 * in the order placed) when that line is in one of `statuses`, with the name it had. The same rule
 * as `callroll callout --redial`.
 */
export function redialTargets(
  lines: Iterable<PhoneParticipant>,
  statuses: ReadonlySet<PhoneStatus>,
): RedialTargets {
  const latest = new Map<string, { target: CallOutTarget; status: PhoneStatus }>();
  let uncallable = 0;
  for (const line of lines) {
    const { phone } = line;
    if (!phone.parsed || !isValidPhoneNumber(phone)) {
      if (statuses.has(line.status)) uncallable++;
      continue;
    }
    const key = `${phone.e164}|${phone.extension ?? ''}`;
    // Re-inserted so that the map's order is that of each number's latest call.
    latest.delete(key);
    latest.set(key, {
      status: line.status,
      target: {
        number: phone.e164,
        ...(phone.extension ? { extension: phone.extension } : {}),
        ...(line.name ? { name: line.name } : {}),
      },
    });
  }
  const targets = [...latest.values()]
    .filter((entry) => statuses.has(entry.status))
    .map((entry) => entry.target);
  return { targets, uncallable };
}
