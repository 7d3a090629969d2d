import type { PhoneNumber } from '../model/phone-number.js';
import type { CallOutTarget } from '../provider/provider-v1.js';

/**
 * What happened to one number of a call-out (or cancel) run. `accepted`: the provider took it
 * (the call is placed, or the cancel done); `refused`: the provider answered that it would not,
 * with its reason; `failed`: its batch's request failed, so whether it took effect may be unknown
 * (after a network fault) and nothing retries it; `not-attempted`: never sent, because an earlier
 * batch failed or the run was stopped.
 */
export type CallOutOutcome =
  | { status: 'accepted'; target: CallOutTarget; phone: PhoneNumber; batch: number }
  | { status: 'refused'; target: CallOutTarget; phone: PhoneNumber; reason: string; batch: number }
  | { status: 'failed'; target: CallOutTarget; error: unknown; batch: number }
  | { status: 'not-attempted'; target: CallOutTarget };

export type CallOutOutcomeStatus = CallOutOutcome['status'];

/** One batch, as soon as its answer (or failure) is in: for progress. */
export interface CallOutBatchReport {
  /** From 1. */
  batch: number;
  batches: number;
  outcomes: readonly CallOutOutcome[];
}

/** A whole run: one outcome per target, in the order given. */
export interface CallOutReport {
  operation: 'start' | 'cancel';
  meetingId: string;
  outcomes: CallOutOutcome[];
  counts: Record<CallOutOutcomeStatus, number>;
  batches: number;
  /** Every target accepted. */
  complete: boolean;
  /** The error of the batch that failed, when one did (the run stops there). */
  failure: unknown;
  /** The run was stopped by its signal between batches. */
  aborted: boolean;
}
