import {
  type CallrollError,
  type PhoneSummary,
  PhoneSummaryBuilder,
  type ProviderV1,
  phoneParticipantsOfMeetings,
} from '@callroll/core';

export type SummaryResult = { summary: PhoneSummary } | { error: CallrollError };

/**
 * Whether a list's meeting rows get their summaries as soon as they show: for a provider that
 * reads many meetings in one call (`getMeetings`), whose meetings' first pages then share calls
 * too (the core's own reasoning in `phoneParticipantsOfMeetings`). Systec's reports carry every
 * call of each meeting, so a list of meetings costs a call or two. Others are summed on demand.
 */
export function summarizesWithList(provider: ProviderV1): boolean {
  return typeof provider.getMeetings === 'function';
}

/**
 * The phone summaries of many meetings, the batched way: the core's `phoneParticipantsOfMeetings`,
 * each meeting summed with its `PhoneSummaryBuilder`. `onResult` hears each meeting in the order
 * given; one that fails is its own error.
 */
export async function readSummaries(
  provider: ProviderV1,
  meetingIds: readonly string[],
  onResult: (index: number, result: SummaryResult) => void,
  signal?: AbortSignal,
): Promise<void> {
  let builder = new PhoneSummaryBuilder();
  let current = -1;
  for await (const event of phoneParticipantsOfMeetings(provider, meetingIds, { signal })) {
    if (event.index !== current) {
      builder = new PhoneSummaryBuilder();
      current = event.index;
    }
    if (event.kind === 'rows') for (const row of event.items) builder.add(row);
    else if (event.kind === 'end') onResult(event.index, { summary: builder.result });
    else onResult(event.index, { error: event.error });
  }
}
