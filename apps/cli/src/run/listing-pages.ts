import {
  type DateRange,
  InvalidInputError,
  type Meeting,
  type PhoneParticipant,
  type ProviderV1,
  streamPages,
} from '@callroll/core';

/** Pages in flight at once when the provider lists every page's cursor up front. */
const concurrency = 4;

/**
 * A meeting's phone participants, page by page, through the core's `streamPages` (concurrent,
 * in order, cancelled on abort). `onTotal` hears the total the first page reports, for the
 * progress bar.
 */
export function phonePages(
  provider: ProviderV1,
  meetingId: string,
  signal: AbortSignal,
  onTotal?: (total: number | undefined) => void,
): AsyncGenerator<PhoneParticipant[], void, undefined> {
  const pageSize = provider.capabilities.maxPageSize;
  return streamPages(
    async ({ cursor, signal: pageSignal }) => {
      const page = await provider.listPhoneParticipants(meetingId, { cursor, pageSize, signal: pageSignal });
      if (cursor === undefined) onTotal?.(page.total);
      return page;
    },
    { concurrency, signal, provider: provider.id },
  );
}

/** The meetings of a range, page by page; the provider must have `listMeetings`. */
export function meetingPages(
  provider: ProviderV1,
  range: DateRange,
  signal: AbortSignal,
): AsyncGenerator<Meeting[], void, undefined> {
  const list = provider.listMeetings?.bind(provider);
  if (!list) {
    throw new InvalidInputError({
      provider: provider.id,
      issues: [{ field: 'provider', problem: 'has no listMeetings capability' }],
    });
  }
  const pageSize = provider.capabilities.maxPageSize;
  return streamPages(
    ({ cursor, signal: pageSignal }) => list(range, { cursor, pageSize, signal: pageSignal }),
    {
      concurrency,
      signal,
      provider: provider.id,
    },
  );
}
