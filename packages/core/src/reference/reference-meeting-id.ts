import { InvalidInputError } from '../errors/invalid-input-error.js';

/** A meeting id for a URL path: letters, digits and hyphens only, so nothing can escape the path. */
export function checkReferenceMeetingId(meetingId: string, field = 'meetingId'): string {
  if (/^[A-Za-z0-9-]{1,64}$/.test(meetingId)) return meetingId;
  throw new InvalidInputError({
    provider: 'reference',
    issues: [{ field, problem: 'must be 1 to 64 letters, digits or hyphens' }],
  });
}
