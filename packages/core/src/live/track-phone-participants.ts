import { AbortedError } from '../errors/aborted-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { throwIfAborted } from '../errors/throw-if-aborted.js';
import type { Meeting } from '../model/meeting.js';
import type { PhoneParticipant } from '../model/phone-participant.js';
import { phoneParticipantPages } from '../pagination/stream-provider-listings.js';
import type { ProviderV1 } from '../provider/provider-v1.js';
import { PhoneSummaryBuilder } from '../summary/phone-summary.js';
import { sleep } from '../transport/sleep.js';
import type { LiveEvent } from './live-events.js';
import { PhoneLineState } from './phone-line-state.js';
import { type PollBudget, planPollInterval } from './poll-interval.js';

export interface TrackPhoneParticipantsOptions {
  signal?: AbortSignal | undefined;
  /** The share of the account's request limit to use, over 0 and at most 1 (default 0.5). */
  share?: number | undefined;
  /** The account's limit per minute, over what the provider says (`capabilities.rateBudget`). */
  requestsPerMinute?: number | undefined;
  /** The shortest wait between rounds (default 5 s); the budget may make it longer. */
  minIntervalMs?: number | undefined;
  /** How often the meeting's status is read to see it end, in waited time (default 30 s). */
  meetingCheckMs?: number | undefined;
  /** The meeting, when the caller has just read it (the first round then need not). */
  meeting?: Meeting | undefined;
  /** Waits between rounds (default a timer); tests move an emulator's clock instead. */
  wait?: ((ms: number, signal: AbortSignal | undefined) => Promise<void>) | undefined;
  /** The time events are stamped with (default the system clock). */
  now?: (() => Date) | undefined;
  /** Pages read at once in a round (default the pagination engine's). */
  concurrency?: number | undefined;
}

/** Used when neither the provider nor the caller knows the account's limit: cautious on purpose. */
const defaultRequestsPerMinute = 60;
const endedStatuses: ReadonlySet<Meeting['status']> = new Set(['ended', 'cancelled']);

/**
 * Follows a meeting's phone lines: polls the listing round after round and yields what changed
 * (`added`, `status-changed`, `removed`), then a `round` event with the counts by status and the
 * wait before the next round, sized to a share of the account's request limit (see
 * `planPollInterval`). Ends after the round that finds the meeting ended (`meeting-ended`), or
 * throws `AbortedError` when the signal fires. A provider without live data
 * (`capabilities.liveStatus`) is refused with `InvalidInputError` before any request.
 */
export async function* trackPhoneParticipants(
  provider: ProviderV1,
  meetingId: string,
  options: TrackPhoneParticipantsOptions = {},
): AsyncGenerator<LiveEvent, void, undefined> {
  const settings = checkOptions(provider, options);
  const { signal } = options;
  const wait = options.wait ?? sleep;
  const now = options.now ?? (() => new Date());
  const state = new PhoneLineState();
  let meeting = options.meeting;
  let sinceCheckMs = 0;
  for (let round = 1; ; round++) {
    throwIfAborted(signal, provider.id);
    let calls = 0;
    if (meeting === undefined || sinceCheckMs >= settings.meetingCheckMs) {
      meeting = await provider.getMeeting(meetingId, { signal });
      calls++;
      sinceCheckMs = 0;
    }
    const listing = await readListing(provider, meetingId, options);
    calls += listing.pages;
    const at = now();
    const changes = state.update(listing.rows, listing.complete, { meetingId, at, round });
    yield* changes;
    const { intervalMs, budget } = plan(listing.pages + 1, settings);
    yield {
      type: 'round',
      meetingId,
      round,
      at,
      counts: summarize(state.values()),
      lines: state.entries(),
      changes: changes.length,
      callsThisRound: calls,
      complete: listing.complete,
      intervalMs,
      budget,
      meeting,
    };
    if (endedStatuses.has(meeting.status)) {
      yield { type: 'meeting-ended', meetingId, meeting, at, round };
      return;
    }
    try {
      await wait(intervalMs, signal);
    } catch (error) {
      if (signal?.aborted) throw new AbortedError({ provider: provider.id, cause: signal.reason });
      throw error;
    }
    sinceCheckMs += intervalMs;
  }
}

interface Settings {
  share: number;
  requestsPerMinute: number;
  source: PollBudget['source'];
  minIntervalMs: number;
  meetingCheckMs: number;
}

function plan(callsPerRound: number, settings: Settings) {
  return planPollInterval({ callsPerRound, ...settings });
}

async function readListing(
  provider: ProviderV1,
  meetingId: string,
  options: TrackPhoneParticipantsOptions,
): Promise<{ rows: PhoneParticipant[]; pages: number; complete: boolean }> {
  const rows: PhoneParticipant[] = [];
  let pages = 0;
  let total: number | undefined;
  const listing = phoneParticipantPages(provider, meetingId, {
    signal: options.signal,
    concurrency: options.concurrency,
    onPage: (page) => {
      pages++;
      total ??= page.total;
    },
  });
  for await (const page of listing) rows.push(...page);
  return { rows, pages, complete: total === undefined || rows.length >= total };
}

function summarize(lines: Iterable<PhoneParticipant>) {
  const builder = new PhoneSummaryBuilder();
  for (const line of lines) builder.add(line);
  return builder.result;
}

function checkOptions(provider: ProviderV1, options: TrackPhoneParticipantsOptions): Settings {
  const invalid = (field: string, problem: string, message?: string) =>
    new InvalidInputError({
      provider: provider.id,
      issues: [{ field, problem }],
      ...(message ? { message } : {}),
    });
  if (provider.capabilities.liveStatus !== true) {
    throw invalid(
      'provider',
      'has no live status',
      `${provider.displayName} has no live data: its phone participants can be read only once a meeting ended`,
    );
  }
  const share = options.share ?? 0.5;
  if (!(share > 0 && share <= 1)) throw invalid('share', 'must be over 0 and at most 1');
  const minIntervalMs = options.minIntervalMs ?? 5_000;
  if (!(Number.isFinite(minIntervalMs) && minIntervalMs >= 0)) {
    throw invalid('minIntervalMs', 'must be 0 or more milliseconds');
  }
  const meetingCheckMs = options.meetingCheckMs ?? 30_000;
  if (!(Number.isFinite(meetingCheckMs) && meetingCheckMs >= 0)) {
    throw invalid('meetingCheckMs', 'must be 0 or more milliseconds');
  }
  const budget = provider.capabilities.rateBudget;
  if (options.requestsPerMinute !== undefined && !(options.requestsPerMinute > 0)) {
    throw invalid('requestsPerMinute', 'must be over 0');
  }
  const [requestsPerMinute, source]: [number, PollBudget['source']] =
    options.requestsPerMinute !== undefined
      ? [options.requestsPerMinute, 'option']
      : budget !== undefined
        ? [(budget.requests * 60_000) / budget.windowMs, 'provider']
        : [defaultRequestsPerMinute, 'default'];
  return { share, requestsPerMinute, source, minIntervalMs, meetingCheckMs };
}
