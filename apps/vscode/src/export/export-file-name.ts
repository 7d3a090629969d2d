import type { Meeting } from '@callroll/core';

/** `callroll-123456789-phone-participants.csv`: ASCII only, safe on every file system. */
export function exportFileName(meeting: Meeting, format: 'csv' | 'json'): string {
  const ref = (meeting.code ?? meeting.id).replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'meeting';
  return `callroll-${ref}-phone-participants.${format}`;
}
