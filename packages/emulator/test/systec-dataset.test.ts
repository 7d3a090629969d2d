import { describe, expect, it } from 'vitest';
import { type Emulator, systecQuirkNames } from '../src/index.js';
import { useEmulators } from './support/emulator-fixture.js';
import { systecPost } from './support/systec-post.js';

const start = useEmulators();
const now = Date.parse('2025-06-16T03:00:00Z');

/** Raw answers (bytes) of calls that between them write every kind of record. */
async function snapshot(emulator: Emulator): Promise<string[]> {
  const { fixtures } = emulator.systec;
  const { from, to } = fixtures.busyMonth;
  const answers = [
    await systecPost(emulator, 'share/detail', {
      params: {
        from,
        to,
        page_number: '3',
        page_size: '300',
        show_participants: 'true',
        show_telephony_usage: 'true',
      },
    }),
    await systecPost(emulator, 'share/detail', {
      params: { show_participants: 'true', show_telephony_usage: 'true' },
    }),
    await systecPost(emulator, 'share/meetingdetail', {
      params: { uuid: [fixtures.everyTypeMeeting.uuid, fixtures.liveMeeting.uuid].join(',') },
    }),
    await systecPost(emulator, 'share/reports', {
      params: { meeting_ids: fixtures.recurringMeeting.meetingId },
    }),
  ];
  return answers.map((answer) => answer.text);
}

describe('Systec seeded data', () => {
  it('is byte-for-byte the same for the same seed and moment, quirks included', async () => {
    const scenario = { systecQuirks: [...systecQuirkNames] };
    const a = await start({ seed: 'same', now, scenario });
    const b = await start({ seed: 'same', now, scenario });
    expect(b.systec.fixtures).toEqual(a.systec.fixtures);
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('differs between seeds, and keeps a day’s meetings when only the moment moves', async () => {
    const a = await start({ seed: 'one', now });
    const b = await start({ seed: 'two', now });
    expect(b.systec.fixtures.costMeeting.uuid).not.toBe(a.systec.fixtures.costMeeting.uuid);
    expect(await snapshot(b)).not.toEqual(await snapshot(a));
    const later = await start({ seed: 'one', now: now + 3 * 86_400_000 });
    const day = { from: '2025-05-20', to: '2025-05-20', page_size: '300' };
    const [before, after] = await Promise.all(
      [a, later].map(async (emulator) => (await systecPost(emulator, 'share/detail', { params: day })).text),
    );
    expect(after).toBe(before);
  });

  it('has over 1,000 meetings in the busy month whatever the month, February included', async () => {
    for (const moment of ['2025-03-05T04:00:00Z', '2024-03-20T10:00:00Z', '2025-01-01T00:00:00Z']) {
      const emulator = await start({ seed: moment, now: Date.parse(moment) });
      const { busyMonth } = emulator.systec.fixtures;
      expect(busyMonth.meetingCount).toBeGreaterThanOrEqual(1_000);
      expect(busyMonth.reportedCount).toBeLessThan(busyMonth.meetingCount);
    }
  });

  it('keeps the same fixtures object, with 22-character room host ids', async () => {
    const emulator = await start({ now });
    // The data is made on first use; later reads see the same objects.
    const fixtures = emulator.systec.fixtures;
    expect(emulator.systec.fixtures).toBe(fixtures);
    expect(fixtures.rooms.length).toBeGreaterThan(5);
    expect(fixtures.rooms.every((room) => /^[A-Za-z0-9]{22}$/.test(room.hostId))).toBe(true);
  });
});
