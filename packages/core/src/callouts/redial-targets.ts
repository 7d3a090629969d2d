import { isValidPhoneNumber } from '../model/phone-number.js';
import type { PhoneParticipant, PhoneStatus } from '../model/phone-participant.js';
import { phoneParticipantPages } from '../pagination/stream-provider-listings.js';
import type { CallOutTarget, ProviderV1 } from '../provider/provider-v1.js';

export interface RedialTargets {
  targets: CallOutTarget[];
  /** Lines in the statuses whose number cannot be read: left out. */
  uncallable: number;
}

/**
 * The numbers of a meeting to call again: each number's latest line (a number called twice has a
 * line per call, in the order placed) when that line is in one of `statuses`, with the name it had.
 */
export async function redialTargets(
  provider: ProviderV1,
  meetingId: string,
  statuses: ReadonlySet<PhoneStatus>,
  signal: AbortSignal,
): Promise<RedialTargets> {
  const lines: PhoneParticipant[] = [];
  for await (const page of phoneParticipantPages(provider, meetingId, { signal })) {
    for (const line of page) lines.push(line);
  }
  return pickRedialTargets(lines, statuses);
}

/** `redialTargets` over lines already read (a view's, a live tracker's), in the order placed. */
export function pickRedialTargets(
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
