import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { Meeting } from '../model/meeting.js';
import type { Participant } from '../model/participant.js';
import type { PhoneParticipant } from '../model/phone-participant.js';
import type { DateRange, Page } from '../provider/page.js';
import type { ProviderV1 } from '../provider/provider-v1.js';
import { flattenPages, type StreamPagesOptions, streamPages } from './stream-pages.js';

export interface StreamListingOptions<T = unknown> extends Omit<StreamPagesOptions<T>, 'provider'> {
  /** Items per page; the provider's largest by default, since fewer pages mean fewer calls. */
  pageSize?: number | undefined;
  /** Hears each page as it is read, before its repeated rows are left out (for totals, progress). */
  onPage?: ((page: Page<T>) => void) | undefined;
}

// What makes a row the same row when a server sends it again, so that the engine writes it once
// (and gives up on a server that sends nothing else). Rows without an id are all kept.
const phoneParticipantKey = (item: PhoneParticipant) => item.participantId;
// One attendance record: someone who left and joined again has a second record, under the same id.
const participantKey = (item: Participant) =>
  item.participantId === undefined ? undefined : `${item.participantId}@${item.joinedAt.getTime()}`;
// With its start: a provider whose ids are room numbers reuses one for every meeting in the room.
const meetingKey = (item: Meeting) => `${item.id}@${item.startAt?.getTime() ?? ''}`;

function pagesOf<T>(
  provider: ProviderV1,
  list: (request: { cursor?: string | undefined; pageSize: number; signal: AbortSignal }) => Promise<Page<T>>,
  itemKey: (item: T) => string | undefined,
  options: StreamListingOptions<T>,
): AsyncGenerator<T[], void, undefined> {
  const { pageSize = provider.capabilities.maxPageSize, onPage, ...rest } = options;
  return streamPages<T>(
    async ({ cursor, signal }) => {
      const page = await list({ cursor, pageSize, signal });
      onPage?.(page);
      return page;
    },
    {
      ...rest,
      concurrency: rest.concurrency ?? pagesInFlight(provider),
      itemKey: rest.itemKey ?? itemKey,
      provider: provider.id,
    },
  );
}

/**
 * Pages to have in flight: as many as the account's transport sends at once, so the wire stays
 * busy, but no more than its rate lets through in one window (the rest would only wait there).
 */
function pagesInFlight(provider: ProviderV1): number {
  const budget = provider.capabilities.rateBudget;
  const concurrency = budget?.concurrency ?? 4;
  return Math.max(1, Math.min(concurrency, budget?.requests ?? concurrency));
}

/** A meeting's phone participants, page by page, in order, fetching pages concurrently where possible. */
export function phoneParticipantPages(
  provider: ProviderV1,
  meetingId: string,
  options: StreamListingOptions<PhoneParticipant> = {},
): AsyncGenerator<PhoneParticipant[], void, undefined> {
  return pagesOf(
    provider,
    (request) => provider.listPhoneParticipants(meetingId, request),
    phoneParticipantKey,
    options,
  );
}

/** A meeting's app participants, page by page; see `phoneParticipantPages`. */
export function participantPages(
  provider: ProviderV1,
  meetingId: string,
  options: StreamListingOptions<Participant> = {},
): AsyncGenerator<Participant[], void, undefined> {
  const list = provider.listParticipants?.bind(provider);
  if (!list) throw unsupported(provider, 'listParticipants');
  return pagesOf(provider, (request) => list(meetingId, request), participantKey, options);
}

/** The meetings of a date range, page by page; see `phoneParticipantPages`. */
export function meetingPages(
  provider: ProviderV1,
  range: DateRange,
  options: StreamListingOptions<Meeting> = {},
): AsyncGenerator<Meeting[], void, undefined> {
  const list = provider.listMeetings?.bind(provider);
  if (!list) throw unsupported(provider, 'listMeetings');
  return pagesOf(provider, (request) => list(range, request), meetingKey, options);
}

/** All of a meeting's phone participants, in order; see `phoneParticipantPages`. */
export function streamPhoneParticipants(
  provider: ProviderV1,
  meetingId: string,
  options: StreamListingOptions<PhoneParticipant> = {},
): AsyncGenerator<PhoneParticipant, void, undefined> {
  return flattenPages(phoneParticipantPages(provider, meetingId, options), options.signal, provider.id);
}

/** All of a meeting's app participants; see `phoneParticipantPages`. */
export function streamParticipants(
  provider: ProviderV1,
  meetingId: string,
  options: StreamListingOptions<Participant> = {},
): AsyncGenerator<Participant, void, undefined> {
  return flattenPages(participantPages(provider, meetingId, options), options.signal, provider.id);
}

/** All meetings of a date range; see `phoneParticipantPages`. */
export function streamMeetings(
  provider: ProviderV1,
  range: DateRange,
  options: StreamListingOptions<Meeting> = {},
): AsyncGenerator<Meeting, void, undefined> {
  return flattenPages(meetingPages(provider, range, options), options.signal, provider.id);
}

function unsupported(provider: ProviderV1, operation: string): InvalidInputError {
  return new InvalidInputError({
    provider: provider.id,
    message: `${provider.displayName} does not support ${operation}`,
    issues: [{ field: 'provider', problem: `has no ${operation} capability` }],
  });
}
