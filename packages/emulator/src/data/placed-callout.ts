import type { CalloutMoment } from './callout-moment.js';
import { calloutStatuses } from './callout-status.js';

/**
 * How a callout placed through the API goes, read from the number's last digit so that a tester
 * can choose: `0` rings on, `9` goes unanswered, `6` is rejected, `7` is answered and talks on,
 * and anything else is answered and hangs up after the talk time. (Numbers that other packages'
 * tests call, ending in 8, 7, 3 or 1, ring the full ring time as they always did.)
 */
export type CalloutOutcome = 'rings-on' | 'unanswered' | 'rejected' | 'talks-on' | 'answered';

export function outcomeForNumber(phone: string): CalloutOutcome {
  switch (phone.at(-1)) {
    case '0':
      return 'rings-on';
    case '9':
      return 'unanswered';
    case '6':
      return 'rejected';
    case '7':
      return 'talks-on';
    default:
      return 'answered';
  }
}

/** A rejected call stops ringing after this share of the ring time (a person declined it). */
export const rejectedRingShare = 0.2;

/**
 * The status of a placed callout at `moment`. Tencent has no string of its own for a rejected
 * call: it ends as LEAVE_WITHOUT_ACCEPT like an unanswered one, only sooner.
 */
export function placedStatus(
  placedAtMs: number,
  outcome: CalloutOutcome,
  cancelled: boolean,
  moment: CalloutMoment,
): string {
  if (cancelled) return calloutStatuses.cancelled;
  const age = moment.nowMs - placedAtMs;
  if (outcome === 'rings-on') return calloutStatuses.invited;
  if (outcome === 'rejected' || outcome === 'unanswered') {
    const ring = outcome === 'rejected' ? Math.floor(moment.ringMs * rejectedRingShare) : moment.ringMs;
    return age < ring ? calloutStatuses.invited : calloutStatuses.leftWithoutAccept;
  }
  if (age < moment.ringMs) return calloutStatuses.invited;
  if (outcome === 'talks-on' || age < moment.ringMs + moment.talkMs) return calloutStatuses.accepted;
  return calloutStatuses.leftAfterAccept;
}
