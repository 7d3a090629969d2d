import { type Meeting, type PhoneParticipant, parsePhoneNumber, toMoney } from '@callroll/core';

const minute = 60_000;
const statuses = ['connected', 'ended', 'unanswered', 'calling', 'cancelled'] as const;

/** Two meetings made around `now`: a live one with 250 phone lines, and an ended one with 3. */
export function exampleMeetings(now: Date): Meeting[] {
  const start = Math.floor(now.getTime() / minute) * minute;
  return [
    {
      provider: 'example',
      id: 'ex-100',
      code: '100',
      topic: 'Example all-hands 示例全员会',
      status: 'live',
      startAt: new Date(start - 30 * minute),
      endAt: new Date(start + 30 * minute),
      raw: { id: 'ex-100' },
    },
    {
      provider: 'example',
      id: 'ex-200',
      code: '200',
      topic: 'Example retrospective',
      status: 'ended',
      startAt: new Date(start - 26 * 60 * minute),
      endAt: new Date(start - 25 * 60 * minute),
      raw: { id: 'ex-200' },
    },
  ];
}

/** The phone lines of a meeting, made from its id so that every call gives the same answer. */
export function examplePhoneLines(meeting: Meeting): PhoneParticipant[] {
  const count = meeting.id === 'ex-100' ? 250 : 3;
  const start = meeting.startAt?.getTime() ?? 0;
  return Array.from({ length: count }, (_, index) => {
    const status = meeting.status === 'ended' ? 'ended' : statuses[index % statuses.length];
    const joinedAt = new Date(start + index * 1_000);
    const durationSeconds = status === 'ended' ? 300 + index : undefined;
    const cost =
      durationSeconds === undefined
        ? undefined
        : toMoney(((Math.ceil(durationSeconds / 60) * 12) / 100).toFixed(2), 'CNY');
    return {
      provider: 'example',
      meetingId: meeting.id,
      participantId: `${meeting.id}-line-${index + 1}`,
      phone: parsePhoneNumber({
        number: `139${String(10_000_000 + index).padStart(8, '0')}`,
        callingCode: '86',
      }),
      direction: 'call-out',
      status: status ?? 'unknown',
      rawStatus: status?.toUpperCase(),
      joinedAt,
      ...(durationSeconds === undefined
        ? {}
        : { durationSeconds, leftAt: new Date(joinedAt.getTime() + durationSeconds * 1_000) }),
      ...(cost ? { cost } : {}),
      raw: { line: index + 1 },
    };
  });
}
