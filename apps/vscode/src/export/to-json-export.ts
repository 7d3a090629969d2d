import { formatMoney, type Meeting, type Money, type PhoneExportRecord, sumMoney } from '@callroll/core';

/** A JSON export: the meeting, when and how it was exported, totals, and the rows. */
export function toJsonExport(
  meeting: Meeting,
  records: readonly PhoneExportRecord[],
  costs: readonly (Money | undefined)[],
  options: { mask: boolean; exportedAt: Date },
): string {
  return `${JSON.stringify(
    {
      meeting: {
        provider: meeting.provider,
        id: meeting.id,
        code: meeting.code ?? null,
        topic: meeting.topic ?? null,
        status: meeting.status,
        startAt: meeting.startAt?.toISOString() ?? null,
        endAt: meeting.endAt?.toISOString() ?? null,
      },
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
