import { InvalidInputError, type InvalidInputIssue } from '../errors/invalid-input-error.js';
import type { ProviderId } from '../model/provider-id.js';
import { PACKAGE_NAME, VERSION } from '../version.js';
import { parseBaseUrl } from './base-url.js';
import { defaultClassifyResponse } from './classify-response.js';
import { sleep } from './sleep.js';
import type {
  HttpTransportOptions,
  RateLimit,
  ResponseClassifier,
  SleepFunction,
} from './transport-types.js';

export const transportDefaults = {
  timeoutMs: 30_000,
  // Seven attempts: at 20% of answers failing, a page is lost once in 78,000 (0.2^7).
  maxRetries: 6,
  maxRateLimitWaits: 3,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
  concurrency: 8,
  maxResponseBytes: 16 * 1024 * 1024,
} as const;

/** The options with defaults filled in and numbers checked. */
export interface ResolvedTransportOptions {
  provider: ProviderId;
  baseUrl: URL;
  userAgent: string;
  timeoutMs: number;
  maxRetries: number;
  maxRateLimitWaits: number;
  rateLimitWindowMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  concurrency: number;
  maxResponseBytes: number;
  rateLimit: RateLimit | undefined;
  classifyResponse: ResponseClassifier;
  secretHeaders: readonly string[];
  secretFields: readonly string[];
  sleep: SleepFunction;
  random: () => number;
}

const maxTimerMs = 2 ** 31 - 1;

type NumberRule = 'positive' | 'non-negative' | 'count' | 'positive-count';

function numberProblem(value: number, rule: NumberRule): string | undefined {
  if (Number.isNaN(value) || value < 0) return 'must be a non-negative number';
  if (rule === 'positive' && (value === 0 || !Number.isFinite(value)))
    return 'must be a positive finite number';
  if ((rule === 'count' || rule === 'positive-count') && !Number.isInteger(value))
    return 'must be an integer';
  if (rule === 'positive-count' && value === 0) return 'must be at least 1';
  // Node fires longer timers at once, which would turn a long timeout into an immediate one.
  if (rule === 'positive' && value > maxTimerMs) return `must be at most ${maxTimerMs}`;
  return undefined;
}

/** Checks a per-request timeout the same way as the transport's. */
export function checkTimeoutMs(value: number, field: string): InvalidInputIssue | undefined {
  const problem = numberProblem(value, 'positive');
  return problem === undefined ? undefined : { field, problem };
}

/** Fills in defaults; throws one `InvalidInputError` listing every bad option. */
export function resolveTransportOptions(options: HttpTransportOptions): ResolvedTransportOptions {
  const { provider } = options;
  const baseUrl = parseBaseUrl(options.baseURL, { provider, allowInsecureHttp: options.allowInsecureHttp });
  const issues: InvalidInputIssue[] = [];
  const pick = (field: keyof typeof transportDefaults, rule: NumberRule): number => {
    const value = options[field] ?? transportDefaults[field];
    const problem = numberProblem(value, rule);
    if (problem !== undefined) issues.push({ field, problem });
    return value;
  };
  const resolved = {
    timeoutMs: pick('timeoutMs', 'positive'),
    maxRetries: pick('maxRetries', 'count'),
    // No retries asked for means no waiting for a window either.
    maxRateLimitWaits:
      options.maxRateLimitWaits === undefined && options.maxRetries === 0
        ? 0
        : pick('maxRateLimitWaits', 'count'),
    baseDelayMs: pick('baseDelayMs', 'non-negative'),
    maxDelayMs: pick('maxDelayMs', 'non-negative'),
    maxRetryAfterMs: pick('maxRetryAfterMs', 'non-negative'),
    concurrency: pick('concurrency', 'positive-count'),
    maxResponseBytes: pick('maxResponseBytes', 'count'),
  };
  let rateLimit: RateLimit | undefined;
  if (options.rateLimit !== undefined && options.rateLimit !== false) {
    rateLimit = options.rateLimit;
    const requests = numberProblem(rateLimit.requests, 'positive-count');
    if (requests !== undefined) issues.push({ field: 'rateLimit.requests', problem: requests });
    const interval = numberProblem(rateLimit.intervalMs, 'positive');
    if (interval !== undefined) issues.push({ field: 'rateLimit.intervalMs', problem: interval });
  }
  const prefix = options.userAgent?.trim() ?? '';
  // Control characters would be refused (or worse, split the header) at the first request.
  if ([...prefix].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) {
    issues.push({ field: 'userAgent', problem: 'must not contain control characters' });
  }
  const rateLimitWindowMs = options.rateLimitWindowMs ?? rateLimit?.intervalMs ?? 60_000;
  const windowProblem = numberProblem(rateLimitWindowMs, 'positive');
  if (windowProblem !== undefined) issues.push({ field: 'rateLimitWindowMs', problem: windowProblem });
  if (issues.length > 0) throw new InvalidInputError({ provider, issues });
  const ownAgent = `${PACKAGE_NAME}/${VERSION}`;
  return {
    provider,
    baseUrl,
    ...resolved,
    rateLimitWindowMs,
    userAgent: prefix === '' ? ownAgent : `${prefix} ${ownAgent}`,
    rateLimit,
    classifyResponse: options.classifyResponse ?? defaultClassifyResponse,
    secretHeaders: options.secretHeaders ?? [],
    secretFields: options.secretFields ?? [],
    sleep: options.sleep ?? sleep,
    random: options.random ?? Math.random,
  };
}
