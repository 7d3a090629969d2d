import {
  AuthenticationError,
  collect,
  InvalidInputError,
  NotFoundError,
  phoneParticipantSchema,
  streamMeetings,
  streamPhoneParticipants,
  sumMoney,
} from '@callroll/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { beijingRange, type SystecHarness, startSystecHarness } from './support/systec-emulator.js';

let harness: SystecHarness;
beforeAll(async () => {
  harness = await startSystecHarness();
});
afterAll(() => harness.close());
afterEach(() => {
  harness.emulator.setScenario({
    faultRate: 0,
    systecQuirks: [],
    systecTimeFormat: 'naive-shanghai',
    systecErrorShape: 'envelope',
    systecRateLimitPerSecond: 0,
  });
});

const fixtures = () => harness.emulator.systec.fixtures;
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
const systecRequests = () => harness.emulator.stats.systec.requests;

describe('reports', () => {
  it('sums a meeting of 1,000 calls of 0.12 yuan to exactly 120', async () => {
    const { costMeeting } = fixtures();
    const calls = await collect(streamPhoneParticipants(harness.provider(), costMeeting.meetingId));
    expect(calls).toHaveLength(1000);
    expect(sumMoney(calls.map((call) => call.cost))).toEqual([{ amount: '120', currency: 'CNY' }]);
    expect(costMeeting.totalYuan).toBe('120.00');
    for (const call of calls.slice(0, 20)) phoneParticipantSchema.parse(call);
  });

  it('reads every telephony type, keeping the raw one', async () => {
    const calls = await collect(
      streamPhoneParticipants(harness.provider(), fixtures().everyTypeMeeting.meetingId),
    );
    const directions = Object.fromEntries(calls.map((call) => [call.rawDirection, call.direction]));
    expect(directions).toEqual({
      'toll-free': 'toll-free',
      'call-out': 'call-out',
      'call-in': 'call-in',
      'US toll-number': 'call-in',
      'global toll-number': 'call-in',
      premium: 'call-in',
      'premium call-in': 'call-in',
    });
  });

  it('converts Beijing times to UTC, and reads UTC times when the zone says so', async () => {
    const { everyTypeMeeting } = fixtures();
    const meeting = await harness.provider().getMeeting(everyTypeMeeting.meetingId);
    expect(meeting.startAt?.toISOString()).toBe(new Date(everyTypeMeeting.startTime).toISOString());
    harness.emulator.setScenario({ systecTimeFormat: 'naive-utc' });
    const utc = await harness.provider({ timeZone: 'UTC' }).getMeeting(everyTypeMeeting.meetingId);
    expect(utc.startAt?.toISOString()).toBe(meeting.startAt?.toISOString());
    harness.emulator.setScenario({ systecTimeFormat: 'iso-utc' });
    const iso = await harness.provider().getMeeting(everyTypeMeeting.meetingId);
    expect(iso.startAt?.toISOString()).toBe(meeting.startAt?.toISOString());
  });

  it('batches 1,000 meetings into calls of at most 200, in the order asked, a missing id failing alone', async () => {
    const provider = harness.provider();
    const { busyMonth, missingMeetingId, liveMeeting, tooFewParticipantsMeeting } = fixtures();
    const listed = await collect(streamMeetings(provider, beijingRange(busyMonth.from, busyMonth.to)));
    const ids = listed.slice(0, 1000).map((meeting) => meeting.id);
    const asked = [
      ...ids.slice(0, 500),
      missingMeetingId,
      liveMeeting.meetingId,
      tooFewParticipantsMeeting.meetingId,
      ...ids.slice(500),
    ];
    const before = systecRequests();
    const results = await provider.getMeetings(asked);
    expect(systecRequests() - before).toBe(Math.ceil(asked.length / 200));
    expect(results.map((result) => result.ref)).toEqual(asked);
    const failed = results.filter((result) => 'error' in result);
    // Unlisted meetings of the month may be unreported (live, too few people): only those fail.
    expect(failed.map((result) => result.ref)).toEqual(
      expect.arrayContaining([missingMeetingId, liveMeeting.meetingId, tooFewParticipantsMeeting.meetingId]),
    );
    for (const result of failed)
      expect(NotFoundError.isInstance('error' in result ? result.error : null)).toBe(true);
    const found = results.filter((result) => 'meeting' in result);
    expect(found.length).toBeGreaterThan(0);
    for (const result of found) expect('meeting' in result && result.meeting.id).toBe(result.ref);
  });

  it('shares one call among many listings asked for at once', async () => {
    const provider = harness.provider();
    const { costMeeting, everyTypeMeeting, specialCharactersMeeting } = fixtures();
    const before = systecRequests();
    const pages = await Promise.all(
      [costMeeting, everyTypeMeeting, specialCharactersMeeting].map((meeting) =>
        provider.listPhoneParticipants(`${meeting.meetingId}:${meeting.uuid}`, { pageSize: 10 }),
      ),
    );
    expect(systecRequests() - before).toBe(1);
    expect(pages.map((page) => page.total)).toEqual([
      costMeeting.callCount,
      everyTypeMeeting.callCount,
      specialCharactersMeeting.callCount,
    ]);
  });

  it('looks meetings up by uuid on share/meetingdetail, uuids with / + = form-encoded', async () => {
    const { specialCharactersMeeting } = fixtures();
    expect(specialCharactersMeeting.uuid).toMatch(/[/+=]/);
    const provider = harness.provider({ reportsPath: 'share/meetingdetail', reportsIdParameter: 'uuid' });
    const meeting = await provider.getMeeting(specialCharactersMeeting.uuid);
    expect(meeting).toMatchObject({
      id: specialCharactersMeeting.uuid,
      code: specialCharactersMeeting.meetingId,
    });
    expect(NotFoundError.isInstance(await rejection(provider.getMeeting(fixtures().missingUuid)))).toBe(true);
  });

  it('tells apart the meetings held under one room number', async () => {
    const { recurringMeeting } = fixtures();
    const provider = harness.provider();
    const meetings = await Promise.all(
      recurringMeeting.uuids.map((uuid) => provider.getMeeting(`${recurringMeeting.meetingId}:${uuid}`)),
    );
    expect(new Set(meetings.map((meeting) => meeting.id)).size).toBe(recurringMeeting.uuids.length);
    const latest = await provider.getMeeting(recurringMeeting.meetingId);
    const newest = meetings.reduce((a, b) =>
      (a.startAt?.getTime() ?? 0) > (b.startAt?.getTime() ?? 0) ? a : b,
    );
    expect(latest.id).toBe(newest.id);
  });
});

describe('meetings of a range', () => {
  it('lists a busy month completely, and the same when the range is split across windows', async () => {
    const provider = harness.provider();
    const { busyMonth } = fixtures();
    const month = beijingRange(busyMonth.from, busyMonth.to);
    const whole = await collect(streamMeetings(provider, month));
    expect(whole).toHaveLength(busyMonth.meetingCount);
    expect(new Set(whole.map((meeting) => meeting.id)).size).toBe(whole.length);
    // Two months and a half around it: read in three windows, the month's meetings all there.
    const wide = {
      from: new Date(month.from.getTime() - 40 * 86_400_000),
      to: new Date(month.to.getTime() + 20 * 86_400_000),
    };
    const wider = await collect(streamMeetings(provider, wide));
    const ids = new Set(wider.map((meeting) => meeting.id));
    expect(whole.every((meeting) => ids.has(meeting.id))).toBe(true);
    expect(ids.size).toBe(wider.length);
  });

  it('lists one room only when a host id is set', async () => {
    const { busyMonth } = fixtures();
    const meetings = await collect(
      streamMeetings(
        harness.provider({ hostId: busyMonth.hostId }),
        beijingRange(busyMonth.from, busyMonth.to),
      ),
    );
    expect(meetings).toHaveLength(busyMonth.hostMeetingCount);
    expect(meetings.every((meeting) => meeting.host === busyMonth.hostId)).toBe(true);
  });
});

describe('quirks', () => {
  it('reads every documented quirk at once and still sums exactly', async () => {
    harness.emulator.setScenario({
      systecQuirks: [
        'unpadded-dates',
        'numeric-ids',
        'string-durations',
        'string-booleans',
        'loose-flags',
        'empty-end-time',
        'missing-leave-time',
      ],
    });
    const provider = harness.provider();
    const { costMeeting, busyMonth } = fixtures();
    const calls = await collect(streamPhoneParticipants(provider, costMeeting.meetingId));
    expect(sumMoney(calls.map((call) => call.cost))).toEqual([{ amount: '120', currency: 'CNY' }]);
    const meetings = await collect(streamMeetings(provider, beijingRange(busyMonth.from, busyMonth.to)));
    expect(meetings).toHaveLength(busyMonth.meetingCount);
    const participants = await collect(
      (async function* () {
        for (const meeting of meetings.slice(0, 30)) {
          try {
            yield* (await provider.listParticipants(meeting.id)).items;
          } catch (error) {
            if (!NotFoundError.isInstance(error)) throw error;
          }
        }
      })(),
    );
    expect(participants.length).toBeGreaterThan(0);
  });
});

describe('errors', () => {
  it.each(['envelope', 'zoom-v1'] as const)(
    'answers AuthenticationError for a wrong secret in the %s shape',
    async (shape) => {
      harness.emulator.setScenario({ systecErrorShape: shape });
      const error = await rejection(
        harness.provider({ apiSecret: 'not-the-secret' }).getMeeting(fixtures().costMeeting.meetingId),
      );
      expect(AuthenticationError.isInstance(error), String(error)).toBe(true);
      expect(String(error)).not.toContain('not-the-secret');
    },
  );

  it('sends the credentials in the form body only, and no event shows the secret', async () => {
    const before = harness.events.length;
    await harness.provider().getMeeting(fixtures().costMeeting.meetingId);
    const requests = harness.events.slice(before).filter((event) => event.type === 'request');
    expect(requests.length).toBeGreaterThan(0);
    const { apiSecret } = harness.emulator.systec.credentials;
    for (const event of requests) {
      expect(event.type === 'request' && event.url).not.toContain('api_');
      expect(event.type === 'request' && event.body).toContain('api_secret=[REDACTED]');
      expect(JSON.stringify(event)).not.toContain(encodeURIComponent(apiSecret));
    }
  });

  it('validates ids, ranges and page sizes before any request', async () => {
    const provider = harness.provider();
    const before = systecRequests();
    for (const attempt of [
      () => provider.getMeeting('1,2'),
      () => provider.getMeeting(''),
      () => provider.getMeetings(['1', 'a b']),
      () => provider.listPhoneParticipants('1', { pageSize: 1001 }),
      () => provider.listMeetings({ from: new Date('2026-02-01'), to: new Date('2026-01-01') }),
    ]) {
      const error = await rejection(attempt());
      expect(InvalidInputError.isInstance(error), String(error)).toBe(true);
    }
    expect(systecRequests()).toBe(before);
    expect(() => harness.provider({ timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
  });

  it('refuses a path, a list or junk for a meeting id in every call, before any request', async () => {
    const { costMeeting } = fixtures();
    const byNumber = harness.provider();
    const byUuid = harness.provider({ reportsPath: 'share/meetingdetail', reportsIdParameter: 'uuid' });
    const bad = [
      '../../share/detail',
      'share/detail',
      '..',
      `${costMeeting.meetingId},${costMeeting.meetingId}`,
      `${costMeeting.meetingId} ${costMeeting.meetingId}`,
      `${costMeeting.meetingId}:`,
      `:${costMeeting.uuid}`,
      '9'.repeat(300),
    ];
    const before = systecRequests();
    for (const input of bad) {
      for (const [provider, good] of [
        [byNumber, costMeeting.meetingId],
        [byUuid, costMeeting.uuid],
      ] as const) {
        const fields = ['meetingRef', 'meetingIds[1]', 'meetingId', 'meetingId'];
        const errors = await Promise.all([
          rejection(provider.getMeeting(input)),
          rejection(provider.getMeetings([good, input])),
          rejection(provider.listPhoneParticipants(input)),
          rejection(provider.listParticipants(input)),
        ]);
        errors.forEach((error, index) => {
          expect(InvalidInputError.isInstance(error), `${input}: ${String(error)}`).toBe(true);
          expect((error as InvalidInputError).fields).toEqual([fields[index]]);
        });
      }
    }
    // With uuid lookups a meeting number is no id either.
    expect(InvalidInputError.isInstance(await rejection(byUuid.getMeeting(costMeeting.meetingId)))).toBe(
      true,
    );
    expect(systecRequests()).toBe(before);
  });

  it('takes every id it lists itself, by meeting number and by uuid', async () => {
    const { busyMonth } = fixtures();
    const month = beijingRange(busyMonth.from, busyMonth.to);
    for (const settings of [{}, { reportsPath: 'share/meetingdetail', reportsIdParameter: 'uuid' }]) {
      const provider = harness.provider(settings);
      const meetings = await collect(streamMeetings(provider, month));
      expect(meetings.length).toBe(busyMonth.meetingCount);
      const ids = meetings.map((meeting) => meeting.id);
      expect(ids.some((meetingId) => /[/+=]/.test(meetingId))).toBe(true);
      const results = await provider.getMeetings(ids);
      expect(results.map((result) => result.ref)).toEqual(ids);
      expect(results.filter((result) => 'meeting' in result)).toHaveLength(busyMonth.reportedCount);
    }
  });
});
