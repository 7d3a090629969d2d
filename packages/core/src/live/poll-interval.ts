/** What a tracker may spend of its account's request limit, and what it spends. */
export interface PollBudget {
  /** The account's limit, per minute. */
  requestsPerMinute: number;
  /** Where that limit came from: the provider's settings, the caller, or a cautious default. */
  source: 'provider' | 'option' | 'default';
  /** The share of it the tracker takes (0.5 by default). */
  share: number;
  /** `share × requestsPerMinute`: the most the tracker sends in any minute (see `overBudget`). */
  allowedPerMinute: number;
  /** Calls a round, as planned: the listing's pages and one for the meeting's status. */
  callsPerRound: number;
  /** What a round at each interval costs, per minute. */
  callsPerMinute: number;
  /**
   * One round alone needs more than `allowedPerMinute`: rounds are then spaced so that the
   * average stays within it, though one round's minute holds more.
   */
  overBudget: boolean;
}

export interface PollPlanInput {
  callsPerRound: number;
  requestsPerMinute: number;
  source: PollBudget['source'];
  share: number;
  minIntervalMs: number;
}

const minute = 60_000;

/**
 * The wait between rounds. The limits this must stay under (Tencent's, and the client's own)
 * count calls in a sliding window, so an average is not enough: a round of 100 calls every 40 s
 * averages 150 a minute, yet some minutes hold two rounds, 200 calls. So k = ⌊allowed / calls⌋
 * rounds fit in a minute, and rounds are spaced a k-th of a minute apart, counted from the end of
 * one to the start of the next: then no 60 s window ever holds more than k rounds.
 */
export function planPollInterval(input: PollPlanInput): { intervalMs: number; budget: PollBudget } {
  const calls = Math.max(1, Math.ceil(input.callsPerRound));
  const allowed = input.share * input.requestsPerMinute;
  const roundsPerMinute = Math.floor(allowed / calls);
  const overBudget = roundsPerMinute < 1;
  const spacing = overBudget ? (minute * calls) / allowed : minute / roundsPerMinute;
  const intervalMs = Math.max(input.minIntervalMs, Math.ceil(spacing));
  return {
    intervalMs,
    budget: {
      requestsPerMinute: input.requestsPerMinute,
      source: input.source,
      share: input.share,
      allowedPerMinute: Math.floor(allowed),
      callsPerRound: calls,
      callsPerMinute: Math.round(((calls * minute) / intervalMs) * 10) / 10,
      overBudget,
    },
  };
}
