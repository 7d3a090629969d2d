import { z } from 'zod';
import { systecErrorShapes, systecQuirkNames, systecTimeFormats } from './systec-quirks.js';

/** How a fault shows itself to the client. */
export const faultKinds = [
  'server-error',
  'bad-gateway',
  'non-json',
  'connection-reset',
  'truncated-body',
] as const;
export type FaultKind = (typeof faultKinds)[number];

const scenarioShape = {
  /** Added to every API response (not to the admin endpoint). */
  latencyMs: z.number().int().min(0).max(120_000),
  /** A further delay drawn uniformly from [0, jitterMs] (seeded). */
  jitterMs: z.number().int().min(0).max(120_000),
  /** Share of API requests that fail, 0..1 (seeded). */
  faultRate: z.number().min(0).max(1),
  /** The kinds a failing request picks from, evenly. */
  faultKinds: z.array(z.enum(faultKinds)).min(1),
  /** Accepted calls per app in any `rateLimitWindowMs` window; 0 turns the limit off. Tencent documents 300/min. */
  rateLimitPerMinute: z.number().int().min(0),
  /** Length of the sliding rate-limit window: one minute as documented, shorter for tests. */
  rateLimitWindowMs: z.number().int().min(1).max(86_400_000),
  /** HTTP status of a 190310 or 190311 answer (UNCONFIRMED upstream; the endpoint docs list 190310 under 500). */
  rateLimitStatus: z.number().int().min(400).max(599),
  /** Accepted calls per app per Beijing calendar day before 190311; 0 (the default) turns it off. Tencent documents 200,000. */
  rateLimitPerDay: z.number().int().min(0),
  /** Answers every authenticated call with 190311, as if the app's daily quota were used up. */
  dailyLimitReached: z.boolean(),
  /** Error answers carry `new_error_code` = 100000000 + `error_code`, so a client mapping on the wrong field shows. */
  distinctNewErrorCodes: z.boolean(),
  /** Added to the emulator's clock: the `Date` header and the 5-minute timestamp check use it. */
  clockSkewSeconds: z
    .number()
    .int()
    .min(-10 * 365 * 86_400)
    .max(10 * 365 * 86_400),
  /** How long a new callout rings (START_INVITE) before it is answered or given up. */
  calloutRingMs: z.number().int().min(0),
  /** How long an answered callout talks (START_ACCEPT) before it hangs up (LEAVE_WITH_ACCEPTED). */
  calloutTalkMs: z.number().int().min(0),
  /** The seeded callouts of live meetings move on as the data clock runs (off: they keep their status). */
  liveCalloutProgress: z.boolean(),
  /** Added to the data clock (callout ages and progress); the signature clock and `Date` ignore it. */
  timeOffsetMs: z
    .number()
    .int()
    .min(0)
    .max(10 * 365 * 86_400_000),
  /** Stops the data clock where it is (it then moves only by `timeOffsetMs`), for tests. */
  timeFrozen: z.boolean(),
  /** Shape of a Systec credential error: the documented envelope, or Zoom v1's `error` object. */
  systecErrorShape: z.enum(systecErrorShapes),
  /** The Systec quirks in force; none by default (the strict documented form). */
  systecQuirks: z.array(z.enum(systecQuirkNames)),
  /** How Systec timestamps are written, and the zone its date parameters are read in. */
  systecTimeFormat: z.enum(systecTimeFormats),
  /** Accepted Systec calls per API key in any one-second window; 0 (the default) turns it off. */
  systecRateLimitPerSecond: z.number().int().min(0),
  /** HTTP status of a Systec "too many requests" envelope: 200 as the docs imply, or 429 with Retry-After. */
  systecRateLimitStatus: z.union([z.literal(200), z.literal(429)]),
};

export const scenarioSchema = z.strictObject(scenarioShape);
/** What `setScenario` and `POST /__emulator/scenario` accept: any subset, no unknown keys. */
export const scenarioPatchSchema = z.strictObject(scenarioShape).partial();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioPatch = Partial<Scenario>;

export const defaultScenario: Readonly<Scenario> = Object.freeze({
  latencyMs: 0,
  jitterMs: 0,
  faultRate: 0,
  faultKinds: [...faultKinds],
  rateLimitPerMinute: 300,
  rateLimitWindowMs: 60_000,
  rateLimitStatus: 500,
  rateLimitPerDay: 0,
  dailyLimitReached: false,
  distinctNewErrorCodes: false,
  clockSkewSeconds: 0,
  calloutRingMs: 5_000,
  calloutTalkMs: 60_000,
  liveCalloutProgress: false,
  timeOffsetMs: 0,
  timeFrozen: false,
  systecErrorShape: 'envelope',
  systecQuirks: [],
  systecTimeFormat: 'naive-shanghai',
  systecRateLimitPerSecond: 0,
  systecRateLimitStatus: 200,
});

/** Validates a change and applies it to `current`, returning the new scenario. */
export function applyScenarioPatch(current: Scenario, patch: unknown): Scenario {
  const parsed = scenarioPatchSchema.parse(patch);
  const next: Scenario = { ...current };
  for (const key of Object.keys(parsed) as (keyof Scenario)[]) {
    const value = parsed[key];
    if (value !== undefined) Object.assign(next, { [key]: value });
  }
  return copyScenario(next);
}

/** A copy that shares no arrays with the scenario in force, so callers cannot change it. */
export function copyScenario(scenario: Scenario): Scenario {
  return { ...scenario, faultKinds: [...scenario.faultKinds], systecQuirks: [...scenario.systecQuirks] };
}
