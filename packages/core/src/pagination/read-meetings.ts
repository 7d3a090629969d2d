import PQueue from 'p-queue';
import { CallrollError } from '../errors/callroll-error.js';
import { throwIfAborted } from '../errors/throw-if-aborted.js';
import type { CallOptions } from '../provider/page.js';
import type { MeetingLookup, ProviderV1 } from '../provider/provider-v1.js';

export interface ReadMeetingsOptions extends CallOptions {
  /** `getMeeting` calls in flight at once, for providers without `getMeetings` (default 8). */
  concurrency?: number | undefined;
}

/**
 * Many meetings, in the order asked, each with its meeting or its own error: through the
 * provider's `getMeetings` where it reads many in one call, else `getMeeting` concurrently (the
 * account's limiter bounds what reaches the service). Only an abort fails the whole read.
 */
export async function readMeetings(
  provider: ProviderV1,
  refs: readonly string[],
  options: ReadMeetingsOptions = {},
): Promise<MeetingLookup[]> {
  throwIfAborted(options.signal, provider.id);
  if (provider.getMeetings) return provider.getMeetings(refs, { signal: options.signal });
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency ?? 8) });
  return Promise.all(
    refs.map((ref) =>
      queue.add(async (): Promise<MeetingLookup> => {
        try {
          return { ref, meeting: await provider.getMeeting(ref, { signal: options.signal }) };
        } catch (error) {
          if (!CallrollError.isInstance(error) || options.signal?.aborted) throw error;
          return { ref, error };
        }
      }),
    ),
  );
}
