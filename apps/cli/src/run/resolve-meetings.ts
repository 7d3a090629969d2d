import {
  type CallrollError,
  InvalidInputError,
  type Meeting,
  type ProviderV1,
  readMeetings,
} from '@callroll/core';
import type { MeetingRefSource } from '../cli/read-meeting-refs.js';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';

/** A meeting asked for, with the provider's id for it (and the meeting, where it was read). */
export interface ResolvedMeeting {
  source: MeetingRefSource;
  meetingId: string;
  meeting?: Meeting | undefined;
}

/** A meeting that could not be read, and why. */
export interface MeetingFailure {
  source: MeetingRefSource;
  meetingId?: string | undefined;
  error: CallrollError;
}

export interface Resolution {
  meetings: ResolvedMeeting[];
  failures: MeetingFailure[];
  /** Refs that named a meeting already asked for under another ref (a code and its id). */
  sameMeeting: number;
}

/**
 * The provider's meeting ids for the refs, in order: every ref is checked before any request (a
 * malformed one is a usage error naming its line); join codes, and every ref when `withMeetings`,
 * are read in one batched `readMeetings`; a meeting two refs name is kept once.
 */
export async function resolveMeetings(
  provider: ProviderV1,
  refs: readonly MeetingRefSource[],
  options: { withMeetings: boolean; signal: AbortSignal; messages: Messages },
): Promise<Resolution> {
  const ids = refs.map((source) => idOf(provider, source, options.messages));
  const lookups = refs.filter((_, index) => options.withMeetings || ids[index] === undefined);
  const read = new Map<string, { meeting: Meeting } | { error: CallrollError }>();
  if (lookups.length > 0) {
    const found = await readMeetings(
      provider,
      lookups.map((source) => source.ref),
      { signal: options.signal },
    );
    for (const lookup of found) read.set(lookup.ref, lookup);
  }
  const resolution: Resolution = { meetings: [], failures: [], sameMeeting: 0 };
  const seen = new Set<string>();
  refs.forEach((source, index) => {
    const lookup = read.get(source.ref);
    if (lookup && 'error' in lookup) {
      resolution.failures.push({ source, meetingId: ids[index], error: lookup.error });
      return;
    }
    const meeting = lookup?.meeting;
    const meetingId = meeting?.id ?? (ids[index] as string);
    if (seen.has(meetingId)) {
      resolution.sameMeeting++;
      return;
    }
    seen.add(meetingId);
    resolution.meetings.push({ source, meetingId, meeting });
  });
  return resolution;
}

// The provider's own check of the ref, before any request; a plugin without one takes a ref as
// an id unless it reads join codes.
function idOf(provider: ProviderV1, source: MeetingRefSource, messages: Messages): string | undefined {
  try {
    if (provider.meetingIdOf) return provider.meetingIdOf(source.ref);
    return provider.capabilities.meetingCodes ? undefined : source.ref;
  } catch (error) {
    if (!InvalidInputError.isInstance(error)) throw error;
    const problems = error.issues
      .map((issue) => messages.problemText(issue.problem))
      .join(messages.problemSeparator);
    throw new CliError(messages.refInvalid(source.where, source.ref, problems), exitCodes.usage);
  }
}
