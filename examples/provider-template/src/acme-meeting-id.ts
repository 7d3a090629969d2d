import { InvalidInputError } from '@callroll/core';

/** An Acme meeting id (`mtg_` and letters or digits), checked before it goes into a URL path. */
export function checkAcmeMeetingId(meetingId: string, field = 'meetingId'): string {
  if (/^mtg_[A-Za-z0-9]{4,32}$/.test(meetingId)) return meetingId;
  throw new InvalidInputError({
    provider: 'acme',
    issues: [{ field, problem: 'must be an Acme meeting id such as mtg_7Hq2Lx' }],
  });
}
