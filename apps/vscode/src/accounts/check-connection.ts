import type { ProviderV1 } from '@callroll/core';

export type ConnectionCheck = { checked: true; how: 'listMeetings' | 'getMeeting' } | { checked: false };

/**
 * Makes the cheapest call that proves the credentials work: one small page of meetings, else one
 * pinned meeting. Throws the provider's error (e.g. `AuthenticationError`) when it fails.
 */
export async function checkConnection(
  provider: ProviderV1,
  pinnedMeetings: readonly string[],
  now: Date,
  signal?: AbortSignal,
): Promise<ConnectionCheck> {
  if (provider.capabilities.listMeetings && provider.listMeetings) {
    const from = new Date(now.getTime() - 86_400_000);
    await provider.listMeetings({ from, to: now }, { pageSize: 1, signal });
    return { checked: true, how: 'listMeetings' };
  }
  const pinned = pinnedMeetings[0];
  if (pinned !== undefined) {
    await provider.getMeeting(pinned, { signal });
    return { checked: true, how: 'getMeeting' };
  }
  return { checked: false };
}
