import { InvalidInputError } from '@callroll/core';

export type TencentMeetingRef = { kind: 'id'; meetingId: string } | { kind: 'code'; meetingCode: string };

// "#腾讯会议：123-456-789", "腾讯会议号: 123 456 789", "Tencent Meeting ID: 123-456-789".
const labelPattern =
  /^#?\s*(腾讯会议|會議|会议号|會議號|tencent\s*meeting(\s*(id|code))?|meeting\s*(id|code))\s*[号號]?\s*[:：]?\s*/i;

/**
 * Tells a meeting code (the 9 digits people type, pasted with spaces, hyphens or a
 * "#腾讯会议：" label) from a meeting id (a decimal string of up to 20 digits, opaque).
 */
export function parseTencentMeetingRef(input: string, field = 'meetingId'): TencentMeetingRef {
  const text = input.normalize('NFKC').trim();
  const unlabelled = text.replace(labelPattern, '');
  const digits = unlabelled.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) {
    const decorated = unlabelled !== text || digits !== unlabelled;
    if (digits.length === 9 || (decorated && digits.length <= 10))
      return { kind: 'code', meetingCode: digits };
    if (!decorated && digits.length <= 20) return { kind: 'id', meetingId: digits };
  }
  throw new InvalidInputError({
    provider: 'tencent',
    issues: [
      { field, problem: 'must be a meeting id (digits) or a 9-digit meeting code such as 123-456-789' },
    ],
  });
}

/** A meeting id for a URL path: digits only, so nothing can escape the path. */
export function checkTencentMeetingId(meetingId: string, field = 'meetingId'): string {
  if (/^\d{1,20}$/.test(meetingId)) return meetingId;
  throw new InvalidInputError({
    provider: 'tencent',
    issues: [{ field, problem: 'must be a Tencent meeting id: 1 to 20 digits' }],
  });
}
