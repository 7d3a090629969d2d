import { hostileSession } from '@callroll/test-support';
import { expect, it } from 'vitest';
import { envelope, meetingRow, systecAt } from './support/systec-hostile.js';

// The contract's range rule: a meeting belongs to a range when it overlaps it; one without an end
// (still going on) counts from its start. share/detail answers whole days, so the provider decides.

const session = hostileSession();

const row = (uuid: string, start: string, end: string) =>
  meetingRow(uuid, { start_time: `2026-1-10 ${start}`, end_time: end === '' ? '' : `2026-1-10 ${end}` });

it('lists the meetings of the day that overlap the range, and only those', async () => {
  const server = await session.serve(() =>
    envelope({
      from: '2026-01-10',
      to: '2026-01-10',
      total_record: 7,
      total_page: 1,
      meetings: [
        row('ended-before', '09:00:00', '10:00:00'),
        row('running-into', '10:00:00', '11:00:00'),
        row('ends-at-from', '10:00:00', '10:30:00'),
        row('live-since-before', '10:00:00', ''),
        row('live-since-within', '10:45:00', ''),
        row('starts-within', '11:30:00', '12:30:00'),
        row('starts-at-to', '12:00:00', '13:00:00'),
      ],
    }),
  );
  const provider = session.closing(systecAt(server, [], { maxRetries: 0 }));
  const page = await provider.listMeetings({
    from: new Date('2026-01-10T10:30:00+08:00'),
    to: new Date('2026-01-10T12:00:00+08:00'),
  });
  expect(page.items.map((meeting) => meeting.raw).map((raw) => (raw as { uuid: string }).uuid)).toEqual([
    'running-into',
    'ends-at-from',
    'live-since-within',
    'starts-within',
  ]);
});
