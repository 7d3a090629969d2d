import type { CallrollError } from '../errors/callroll-error.js';
import { abortable } from './abortable.js';
import type { AccountLimiter } from './account-limiter.js';
import { type AttemptSettings, HookFailure, type PreparedRequest, runAttempt } from './http-attempt.js';
import { planRetry, type RetryCounts, type RetryStep } from './retry-plan.js';
import { emitEvent } from './transport-events.js';
import { toTransportError } from './transport-failure.js';
import type { ResolvedTransportOptions } from './transport-options.js';
import type {
  ResponseHandler,
  ResponseOutcome,
  TransportEventListener,
  TransportResponse,
} from './transport-types.js';

/** What the retry loop of one transport shares across its requests. */
export interface RetryLoop {
  limiter: AccountLimiter;
  attemptSettings: AttemptSettings;
  config: ResolvedTransportOptions;
  onEvent: TransportEventListener | undefined;
}

function reasonOf(error: CallrollError): string {
  const code = 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
  return `${error.kind}${code}`;
}

// The final error says how hard the transport tried, when it tried more than once.
function finalError(error: CallrollError, attempt: number, gaveUp: boolean): CallrollError {
  if (attempt > 1) {
    error.attempts = attempt;
    if (gaveUp) error.message = `${error.message} (gave up after ${attempt} attempts)`;
  }
  return error;
}

/**
 * Attempts a prepared request until its handler takes an answer or the retry plan gives up:
 * every attempt, retries included, waits its turn under the account's rate limit and concurrency.
 */
export async function retryLoop<T>(
  loop: RetryLoop,
  prepared: PreparedRequest,
  handle: ResponseHandler<T>,
  signal: AbortSignal,
): Promise<T> {
  const { limiter, attemptSettings, config } = loop;
  const counts: RetryCounts = { backoff: 0, rateLimit: 0, now: 0 };
  for (let attempt = 1; ; attempt++) {
    let outcome: ResponseOutcome<T>;
    let response: TransportResponse | undefined;
    try {
      // Every attempt, retries included, waits its turn under the rate limit and concurrency bound.
      response = await limiter.queue.add(
        () => runAttempt(prepared, attempt, attemptSettings, { transport: signal }),
        {
          signal,
        },
      );
      outcome = handle(response);
    } catch (error) {
      if (error instanceof HookFailure) throw error.error;
      // p-queue rejects with the signal's reason when aborted while queued or running.
      const typed = toTransportError(error, prepared.context);
      outcome = {
        error: typed,
        retry: typed.retryable ? { kind: 'backoff', reason: reasonOf(typed) } : undefined,
      };
    }
    const step =
      outcome.retry === undefined
        ? undefined
        : planRetry(outcome.retry, response, counts, prepared.idempotent, config);
    if (step === undefined) {
      if ('value' in outcome) return outcome.value;
      throw finalError(outcome.error, attempt, outcome.retry !== undefined);
    }
    await wait(loop, step, prepared, attempt, signal);
  }
}

async function wait(
  loop: RetryLoop,
  step: RetryStep,
  prepared: PreparedRequest,
  attempt: number,
  signal: AbortSignal,
): Promise<void> {
  const { limiter, config, onEvent } = loop;
  const { provider, operation, method, logUrl: url } = prepared;
  const base = { provider, operation, method, url, attempt, reason: step.reason };
  if (step.kind === 'now') {
    emitEvent(onEvent, { type: 'retry', ...base, delayMs: 0 });
    return;
  }
  if (step.kind === 'pause') {
    // The whole account waits: its other requests would only meet the same full window.
    if (limiter.pause(step.delayMs)) emitEvent(onEvent, { type: 'wait', ...base, delayMs: step.delayMs });
    emitEvent(onEvent, { type: 'retry', ...base, delayMs: step.delayMs });
    return;
  }
  emitEvent(onEvent, { type: 'retry', ...base, delayMs: step.delayMs });
  try {
    await abortable(config.sleep(step.delayMs, signal), signal);
  } catch (error) {
    if (signal.aborted) throw toTransportError(error, prepared.context);
    throw error;
  }
}
