import { InvalidInputError, type InvalidInputIssue } from '../errors/invalid-input-error.js';
import { isValidPhoneNumber, parsePhoneNumber } from '../model/phone-number.js';
import type { CallOutResult, CallOutTarget, ProviderV1 } from '../provider/provider-v1.js';
import type {
  CallOutBatchReport,
  CallOutOutcome,
  CallOutOutcomeStatus,
  CallOutReport,
} from './call-out-outcome.js';
import { matchCallOutResult } from './match-call-out-result.js';

export interface PlaceCalloutsOptions {
  /** Numbers a request; the provider's `callOutBatchSize` (and at most it) by default. */
  batchSize?: number | undefined;
  /**
   * Stops the run between batches. A batch already sent is let finish: stopping its request
   * would leave unknown whether its numbers were called.
   */
  signal?: AbortSignal | undefined;
  /** Hears each batch's outcomes as soon as they are known. */
  onBatch?: ((report: CallOutBatchReport) => void) | undefined;
}

type Operation = CallOutReport['operation'];

/**
 * Calls numbers into a meeting, one batch of at most the provider's batch size at a time. Never
 * retries: a batch that fails is reported as failed, with its error, for each of its numbers, and
 * the run stops there (the rest are `not-attempted`), so that every number's fate is in the report
 * and nothing is called twice. Checks every target before the first request.
 */
export function placeCallouts(
  provider: ProviderV1,
  meetingId: string,
  targets: readonly CallOutTarget[],
  options: PlaceCalloutsOptions = {},
): Promise<CallOutReport> {
  return runBatches('start', provider, meetingId, targets, options);
}

/** Cancels ringing call-outs, in batches, exactly as `placeCallouts` places them. */
export function cancelCallouts(
  provider: ProviderV1,
  meetingId: string,
  targets: readonly CallOutTarget[],
  options: PlaceCalloutsOptions = {},
): Promise<CallOutReport> {
  return runBatches('cancel', provider, meetingId, targets, options);
}

async function runBatches(
  operation: Operation,
  provider: ProviderV1,
  meetingId: string,
  targets: readonly CallOutTarget[],
  options: PlaceCalloutsOptions,
): Promise<CallOutReport> {
  const send = sender(operation, provider);
  const size = batchSizeOf(provider, options.batchSize, targets.length);
  checkTargets(provider, targets);
  const batches = Math.ceil(targets.length / size);
  const outcomes: CallOutOutcome[] = [];
  let failure: unknown;
  let aborted = false;
  for (let index = 0; index < batches; index++) {
    const batch = targets.slice(index * size, (index + 1) * size);
    if (failure !== undefined || options.signal?.aborted) {
      aborted ||= failure === undefined;
      outcomes.push(...batch.map((target): CallOutOutcome => ({ status: 'not-attempted', target })));
      continue;
    }
    let done: CallOutOutcome[];
    try {
      done = matchCallOutResult(batch, await send(meetingId, batch), index + 1, provider.id);
    } catch (error) {
      failure = error;
      done = batch.map((target): CallOutOutcome => ({ status: 'failed', target, error, batch: index + 1 }));
    }
    outcomes.push(...done);
    options.onBatch?.({ batch: index + 1, batches, outcomes: done });
  }
  const counts: Record<CallOutOutcomeStatus, number> = {
    accepted: 0,
    refused: 0,
    failed: 0,
    'not-attempted': 0,
  };
  for (const outcome of outcomes) counts[outcome.status]++;
  return {
    operation,
    meetingId,
    outcomes,
    counts,
    batches,
    complete: counts.accepted === outcomes.length,
    failure,
    aborted,
  };
}

function sender(
  operation: Operation,
  provider: ProviderV1,
): (meetingId: string, targets: CallOutTarget[]) => Promise<CallOutResult> {
  const method = operation === 'start' ? provider.startCallOut : provider.cancelCallOut;
  if (!provider.capabilities.callOut || !method) {
    throw new InvalidInputError({
      provider: provider.id,
      message: `${provider.displayName} cannot call out`,
      issues: [{ field: 'provider', problem: 'has no callOut capability' }],
    });
  }
  return (meetingId, targets) => method.call(provider, meetingId, targets);
}

function batchSizeOf(provider: ProviderV1, asked: number | undefined, count: number): number {
  const limit = provider.capabilities.callOutBatchSize;
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 1)) {
    throw new InvalidInputError({
      provider: provider.id,
      issues: [{ field: 'batchSize', problem: 'must be a whole number of at least 1' }],
    });
  }
  const size = Math.min(asked ?? limit ?? count, limit ?? Number.POSITIVE_INFINITY);
  return Math.max(1, size);
}

/** Every target readable and callable, before any request: one issue per target at fault. */
function checkTargets(provider: ProviderV1, targets: readonly CallOutTarget[]): void {
  const issues: InvalidInputIssue[] = [];
  if (targets.length === 0) issues.push({ field: 'targets', problem: 'must hold at least one number' });
  const served = provider.capabilities.callOutCallingCodes;
  for (const [index, target] of targets.entries()) {
    const phone = parsePhoneNumber({
      number: target.number,
      callingCode: target.callingCode,
      extension: target.extension,
    });
    const field = `targets[${index}]`;
    if (!phone.parsed || !isValidPhoneNumber(phone))
      issues.push({ field, problem: 'is not a valid phone number' });
    else if (served !== undefined && !served.includes(phone.countryCode)) {
      issues.push({
        field,
        problem: `${provider.displayName} calls out only to ${served.map((code) => `+${code}`).join(', ')}`,
      });
    }
  }
  if (issues.length > 0) throw new InvalidInputError({ provider: provider.id, issues });
}
