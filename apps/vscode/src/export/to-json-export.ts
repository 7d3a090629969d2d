import {
  formatMoney,
  type Meeting,
  type Money,
  type PhoneExportRecord,
  sumMoney,
  toMeetingRecord,
} from '@callroll/core';

/** A JSON export: the meeting, when and how it was exported, totals, and the rows. */
export function toJsonExport(
  meeting: Meeting,
  records: readonly PhoneExportRecord[],
  costs: readonly (Money | undefined)[],
  options: { mask: boolean; exportedAt: Date },
): string {
  return `${JSON.stringify(
    {
      meeting: toMeetingRecord(meeting),
      exportedAt: options.exportedAt.toISOString(),
      masked: options.mask,
      count: records.length,
      totalCost: sumMoney(costs).map((money) => ({ ...money, formatted: formatMoney(money) })),
      phoneParticipants: records,
    },
    null,
    2,
  )}\n`;
}
