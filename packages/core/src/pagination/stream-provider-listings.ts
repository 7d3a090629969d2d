import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { Meeting } from '../model/meeting.js';
import type { Participant } from '../model/participant.js';
import type { PhoneParticipant } from '../model/phone-participant.js';
import type { DateRange } from '../provider/page.js';
import type { ProviderV1 } from '../provider/provider-v1.js';
import { type StreamPagesOptions, streamItems } from './stream-pages.js';

export interface StreamListingOptions extends Omit<StreamPagesOptions, 'provider'> {
  /** Items per page; the provider's largest by default, since fewer pages mean fewer calls. */
  pageSize?: number | undefined;
}

// What makes a row the same row when a server sends it again, so that the engine writes it once
// (and gives up on a server that sends nothing else). Rows without an id are all kept.
const phoneParticipantKey = (item: PhoneParticipant) => item.participantId;
// One attendance record: someone who left and joined again has a second record, under the same id.
const participantKey = (item: Participant) =>
  item.participantId === undefined ? undefined : `${item.participantId}@${item.joinedAt.getTime()}`;
// With its start: a provider whose ids are room numbers reuses one for every meeting in the room.
const meetingKey = (item: Meeting) => `${item.id}@${item.startAt?.getTime() ?? ''}`;

/** All of a meeting's phone participants, in order, fetching pages concurrently where possible. */
export function streamPhoneParticipants(
  provider: ProviderV1,
  meetingId: string,
  options: StreamListingOptions = {},
): AsyncGenerator<PhoneParticipant, void, undefined> {
  const pageSize = options.pageSize ?? provider.capabilities.maxPageSize;
  return streamItems<PhoneParticipant>(
    ({ cursor, signal }) => provider.listPhoneParticipants(meetingId, { cursor, pageSize, signal }),
    { ...options, itemKey: options.itemKey ?? phoneParticipantKey, provider: provider.id },
  );
}

/** All of a meeting's app participants; see `streamPhoneParticipants`. */
export function streamParticipants(
  provider: ProviderV1,
  meetingId: string,
  options: StreamListingOptions = {},
): AsyncGenerator<Participant, void, undefined> {
  const list = provider.listParticipants?.bind(provider);
  if (!list) throw unsupported(provider, 'listParticipants');
  const pageSize = options.pageSize ?? provider.capabilities.maxPageSize;
  return streamItems<Participant>(({ cursor, signal }) => list(meetingId, { cursor, pageSize, signal }), {
    ...options,
    itemKey: options.itemKey ?? participantKey,
    provider: provider.id,
  });
}

/** All meetings of a date range; see `streamPhoneParticipants`. */
export function streamMeetings(
  provider: ProviderV1,
  range: DateRange,
  options: StreamListingOptions = {},
): AsyncGenerator<Meeting, void, undefined> {
  const list = provider.listMeetings?.bind(provider);
  if (!list) throw unsupported(provider, 'listMeetings');
  const pageSize = options.pageSize ?? provider.capabilities.maxPageSize;
  return streamItems<Meeting>(({ cursor, signal }) => list(range, { cursor, pageSize, signal }), {
    ...options,
    itemKey: options.itemKey ?? meetingKey,
    provider: provider.id,
  });
}

function unsupported(provider: ProviderV1, operation: string): InvalidInputError {
  return new InvalidInputError({
    provider: provider.id,
    message: `${provider.displayName} does not support ${operation}`,
    issues: [{ field: 'provider', problem: `has no ${operation} capability` }],
  });
}
