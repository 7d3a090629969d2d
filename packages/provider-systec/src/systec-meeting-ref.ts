import { InvalidInputError } from '@callroll/core';

/** Checks a meeting id before it goes into a form field; answers it trimmed. */
export function checkSystecMeetingId(meetingId: unknown, field = 'meetingId'): string {
  const text = typeof meetingId === 'string' ? meetingId.trim() : '';
  // Ids are joined with commas in one form field, and uuids hold `/`, `+` and `=`.
  if (!/^[A-Za-z0-9/+=_.:-]{1,128}$/.test(text)) {
    throw new InvalidInputError({
      provider: 'systec',
      issues: [
        { field, problem: 'must be a meeting number or uuid: 1 to 128 letters, digits or / + = _ . : -' },
      ],
    });
  }
  return text;
}
