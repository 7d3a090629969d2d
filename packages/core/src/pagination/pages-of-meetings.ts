import { CallrollError } from '../errors/callroll-error.js';
import { throwIfAborted } from '../errors/throw-if-aborted.js';
import type { PhoneParticipant } from '../model/phone-participant.js';
import type { ProviderV1 } from '../provider/provider-v1.js';
import { phoneParticipantPages, type StreamListingOptions } from './stream-provider-listings.js';

/** What a read of many meetings yields, in the order the meetings were asked for. */
export type MeetingPagesEvent<T> =
  | { kind: 'rows'; index: number; meetingId: string; items: T[] }
  | { kind: 'end'; index: number; meetingId: string; rows: number }
  /** This meeting could not be read; the others go on. */
  | { kind: 'error'; index: number; meetingId: string; error: CallrollError };

export interface PagesOfMeetingsOptions {
  signal?: AbortSignal | undefined;
  /**
   * Meetings read ahead of the one being written, each up to its first page. Default: 1,000 for a
   * provider that reads many meetings in one call (`getMeetings`: their first pages then share
   * calls), else 16 (the account's limiter decides what reaches the service).
   */
  window?: number | undefined;
  /** Hears each page of each meeting as it arrives (for totals and progress). */
  onPage?: StreamListingOptions<PhoneParticipant>['onPage'];
}

/** A meeting's pages, its first read ahead of its turn; the rest read once it is written. */
class ReadAhead<T> {
  private first: Promise<IteratorResult<T[]> | { error: unknown }>;

  constructor(private readonly iterator: AsyncIterator<T[]>) {
    this.first = iterator.next().catch((error: unknown) => ({ error }));
  }

  async *pages(): AsyncGenerator<T[], void, undefined> {
    const first = await this.first;
    if ('error' in first) throw first.error;
    if (first.done) return;
    yield first.value;
    for (;;) {
      const next = await this.iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }

  /** Stops its requests; the meeting will not be written. */
  async cancel(): Promise<void> {
    await this.first;
    await this.iterator.return?.(undefined);
  }
}

/**
 * The phone participants of many meetings, meeting after meeting in the order given, read
 * concurrently: the next meetings' first pages are fetched while one is written (in shared calls
 * where the provider batches), and a meeting that fails is an `error` event of its own.
 */
export async function* phoneParticipantsOfMeetings(
  provider: ProviderV1,
  meetingIds: readonly string[],
  options: PagesOfMeetingsOptions = {},
): AsyncGenerator<MeetingPagesEvent<PhoneParticipant>, void, undefined> {
  const window = Math.max(1, options.window ?? (provider.getMeetings ? 1000 : 16));
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const start = (meetingId: string) =>
    new ReadAhead(
      phoneParticipantPages(provider, meetingId, { signal: controller.signal, onPage: options.onPage }),
    );
  const ahead: ReadAhead<PhoneParticipant>[] = [];
  let started = 0;
  try {
    throwIfAborted(options.signal, provider.id);
    for (let index = 0; index < meetingIds.length; index++) {
      // Started together in one turn, so that a batching provider sends them in shared calls.
      while (started < meetingIds.length && started < index + window)
        ahead.push(start(meetingIds[started++] as string));
      const meetingId = meetingIds[index] as string;
      const reader = ahead.shift() as ReadAhead<PhoneParticipant>;
      let rows = 0;
      try {
        for await (const items of reader.pages()) {
          rows += items.length;
          yield { kind: 'rows', index, meetingId, items };
        }
      } catch (error) {
        if (!CallrollError.isInstance(error) || options.signal?.aborted) throw error;
        yield { kind: 'error', index, meetingId, error };
        continue;
      }
      yield { kind: 'end', index, meetingId, rows };
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    controller.abort();
    await Promise.allSettled(ahead.map((reader) => reader.cancel()));
  }
}
