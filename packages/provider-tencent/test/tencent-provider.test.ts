import {
  AbortedError,
  AuthenticationError,
  collect,
  InvalidInputError,
  NotFoundError,
  PermissionError,
  ProviderError,
  RateLimitedError,
  streamParticipants,
  streamPhoneParticipants,
} from '@callroll/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTencentHarness, type TencentHarness } from './support/tencent-emulator.js';

let harness: TencentHarness;
beforeAll(async () => {
  harness = await startTencentHarness();
});
afterAll(() => harness.close());
afterEach(() => {
  harness.emulator.setScenario({ faultRate: 0, clockSkewSeconds: 0, rateLimitPerMinute: 300, latencyMs: 0 });
});

const fixtures = () => harness.emulator.tencent.fixtures;
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe('meetings', () => {
  it('gets a meeting by id, keeping its 20-digit id as text', async () => {
    const { largeCalloutMeeting } = fixtures();
    const meeting = await harness.provider().getMeeting(largeCalloutMeeting.meetingId);
    expect(meeting).toMatchObject({
      provider: 'tencent',
      id: largeCalloutMeeting.meetingId,
      code: largeCalloutMeeting.meetingCode,
      topic: largeCalloutMeeting.subject,
      status: 'live',
    });
    expect(meeting.startAt).toBeInstanceOf(Date);
  });

  it('gets a meeting by the code as people paste it', async () => {
    const { liveMeeting } = fixtures();
    const pasted = `#腾讯会议：${liveMeeting.meetingCode.slice(0, 3)}-${liveMeeting.meetingCode.slice(3, 6)}-${liveMeeting.meetingCode.slice(6)}`;
    expect((await harness.provider().getMeeting(pasted)).id).toBe(liveMeeting.meetingId);
  });

  it('answers NotFoundError for a missing id or code, and PermissionError for a meeting of someone else', async () => {
    const provider = harness.provider();
    expect(NotFoundError.isInstance(await rejection(provider.getMeeting(fixtures().missingMeetingId)))).toBe(
      true,
    );
    expect(
      NotFoundError.isInstance(await rejection(provider.getMeeting(fixtures().missingMeetingCode))),
    ).toBe(true);
    const foreign = await rejection(provider.listPhoneParticipants(fixtures().foreignMeeting.meetingId));
    expect(PermissionError.isInstance(foreign), String(foreign)).toBe(true);
  });

  it('lets a host and a co-host read the callouts of meetings they did not create', async () => {
    const provider = harness.provider();
    for (const meeting of [fixtures().coHostedMeeting, fixtures().hostedMeeting]) {
      const items = await collect(streamPhoneParticipants(provider, meeting.meetingId));
      expect(items).toHaveLength(meeting.calloutCount);
    }
  });

  it('lists the live, upcoming and ended meetings of a range, reading history in windows', async () => {
    const day = 86_400_000;
    const aroundNow = { from: new Date(Date.now() - 120 * day), to: new Date(Date.now() + 120 * day) };
    const provider = harness.provider();
    const { liveAndUpcoming, ended } = fixtures().operatorMeetings;
    const meetings = [];
    let cursor: string | undefined;
    do {
      const page = await provider.listMeetings(aroundNow, { cursor });
      meetings.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(meetings.length).toBe(liveAndUpcoming + ended);
    expect(new Set(meetings.map((meeting) => meeting.id)).size).toBe(meetings.length);
    expect(meetings.some((meeting) => meeting.status === 'live')).toBe(true);
    expect(meetings.some((meeting) => meeting.status === 'ended')).toBe(true);
  });
});

describe('phone callouts', () => {
  it('streams all 10,000 callouts of a meeting, pages fetched concurrently, without gap or duplicate', async () => {
    const { largeCalloutMeeting } = fixtures();
    const items = await collect(
      streamPhoneParticipants(harness.provider(), largeCalloutMeeting.meetingId, {
        pageSize: 100,
        concurrency: 8,
      }),
    );
    expect(items).toHaveLength(10_000);
    expect(new Set(items.map((item) => item.participantId)).size).toBe(10_000);
    const areas = new Set(items.map((item) => (item.phone.parsed ? item.phone.countryCode : 'unparsed')));
    expect([...areas].sort()).toEqual(['1', '852', '86']);
    expect(items.some((item) => item.phone.extension !== undefined)).toBe(true);
  });

  it('maps every documented status and keeps the blank and undocumented ones raw', async () => {
    const { everyStatusMeeting, undocumentedCalloutStatus } = fixtures();
    const page = await harness
      .provider()
      .listPhoneParticipants(everyStatusMeeting.meetingId, { pageSize: 7 });
    expect(page.items.map((item) => [item.rawStatus, item.status])).toEqual([
      ['START_INVITE', 'calling'],
      ['START_ACCEPT', 'connected'],
      ['LEAVE_WITHOUT_ACCEPT', 'unanswered'],
      ['LEAVE_WITH_ACCEPTED', 'ended'],
      ['CANCLE_INVITE', 'cancelled'],
      ['', 'unknown'],
      [undocumentedCalloutStatus, 'unknown'],
    ]);
  });

  it('signs every attempt afresh: retries after 5xx and resets never hit the replay check', async () => {
    harness.emulator.setScenario({
      faultRate: 0.3,
      faultKinds: ['server-error', 'bad-gateway', 'connection-reset'],
    });
    const { everyStatusMeeting } = fixtures();
    const provider = harness.provider({}, { maxRetries: 8 });
    const items = await collect(
      streamPhoneParticipants(provider, everyStatusMeeting.meetingId, { pageSize: 5 }),
    );
    expect(items).toHaveLength(everyStatusMeeting.calloutCount);
    expect(harness.events.some((event) => event.type === 'retry')).toBe(true);
  });

  it('corrects its clock from the Date header after a 190300 and carries on', async () => {
    harness.emulator.setScenario({ clockSkewSeconds: 3600 });
    const provider = harness.provider();
    const before = harness.events.length;
    const page = await provider.listPhoneParticipants(fixtures().liveMeeting.meetingId);
    expect(page.items.length).toBeGreaterThan(0);
    const retries = harness.events.slice(before).filter((event) => event.type === 'retry');
    expect(retries.map((event) => event.type === 'retry' && event.reason)).toEqual([
      'clock skew corrected from the Date header',
    ]);
    // Later requests are stamped right the first time.
    await provider.getMeeting(fixtures().liveMeeting.meetingId);
    expect(harness.events.slice(before).filter((event) => event.type === 'retry')).toHaveLength(1);
  });

  it('holds requests back at its own rate limit instead of letting the server refuse them', async () => {
    harness.emulator.reset();
    harness.emulator.setScenario({ rateLimitPerMinute: 12 });
    const provider = harness.provider({ requestsPerMinute: 12 });
    const { liveMeeting } = fixtures();
    const pages = await Promise.all(
      Array.from({ length: 12 }, () => provider.listPhoneParticipants(liveMeeting.meetingId)),
    );
    expect(pages).toHaveLength(12);
    // The 13th waits in the client for the window to pass; it never reaches the server.
    const served = harness.emulator.stats.requests;
    const controller = new AbortController();
    const thirteenth = rejection(
      provider.listPhoneParticipants(liveMeeting.meetingId, { signal: controller.signal }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    const error = await thirteenth;
    expect(AbortedError.isInstance(error), String(error)).toBe(true);
    expect(RateLimitedError.isInstance(error)).toBe(false);
    expect(harness.emulator.stats.requests).toBe(served);
  });
});

describe('errors', () => {
  it.each([
    ['a wrong SecretKey', { secretKey: 'wrong-secret-key-1234' }, '200003'],
    ['an unknown SecretId', { secretId: 'AKIDunknown000000' }, '190303'],
    ['an unknown AppId', { appId: '999999999' }, '190303'],
    ['an SdkId that was not allocated', { sdkId: '12345' }, '190303'],
  ])('answers AuthenticationError for %s', async (_, overrides, code) => {
    const error = await rejection(harness.provider(overrides).getMeeting(fixtures().liveMeeting.meetingId));
    expect(AuthenticationError.isInstance(error), String(error)).toBe(true);
    expect((error as AuthenticationError).providerCode).toBe(code);
    expect(String(error)).not.toContain('wrong-secret-key-1234');
  });

  it('validates ids, page sizes and cursors before any request', async () => {
    const provider = harness.provider();
    const before = harness.emulator.stats.requests;
    for (const attempt of [
      () => provider.listPhoneParticipants('1/../2'),
      () => provider.listPhoneParticipants(fixtures().liveMeeting.meetingId, { pageSize: 101 }),
      () => provider.listPhoneParticipants(fixtures().liveMeeting.meetingId, { pageSize: 0 }),
      () => provider.listPhoneParticipants(fixtures().liveMeeting.meetingId, { cursor: 'x' }),
      () => provider.getMeeting('not a meeting'),
      () => provider.startCallOut(fixtures().liveMeeting.meetingId, [{ number: '+442071234567' }]),
      () => provider.startCallOut(fixtures().liveMeeting.meetingId, []),
    ]) {
      const error = await rejection(attempt());
      expect(InvalidInputError.isInstance(error), String(error)).toBe(true);
    }
    expect(harness.emulator.stats.requests).toBe(before);
  });
});

describe('call-outs', () => {
  it('calls numbers out and cancels them; the list shows both', async () => {
    const provider = harness.provider();
    const { liveMeeting } = fixtures();
    const started = await provider.startCallOut(liveMeeting.meetingId, [
      { number: '+8613912345678', name: '王芳' },
      { number: '2125550123', callingCode: '1' },
      { number: '+85291234567' },
    ]);
    expect(started.accepted.map((phone) => phone.parsed && phone.e164).sort()).toEqual([
      '+12125550123',
      '+85291234567',
      '+8613912345678',
    ]);
    const ringing = await collect(streamPhoneParticipants(provider, liveMeeting.meetingId));
    const mine = ringing.filter((item) => item.phone.parsed && item.phone.e164 === '+8613912345678');
    expect(mine.at(-1)?.status).toBe('calling');

    const cancelled = await provider.cancelCallOut(liveMeeting.meetingId, [{ number: '+8613912345678' }]);
    expect(cancelled.accepted).toHaveLength(1);
    const after = await collect(streamPhoneParticipants(provider, liveMeeting.meetingId));
    expect(
      after.filter((item) => item.phone.parsed && item.phone.e164 === '+8613912345678').at(-1)?.status,
    ).toBe('cancelled');
  });

  it('never retries a call-out automatically', async () => {
    harness.emulator.setScenario({ faultRate: 1, faultKinds: ['server-error'] });
    const provider = harness.provider({}, { maxRetries: 5 });
    const before = harness.emulator.stats.requests;
    const error = await rejection(
      provider.startCallOut(fixtures().liveMeeting.meetingId, [{ number: '+8613700000000' }]),
    );
    expect(ProviderError.isInstance(error), String(error)).toBe(true);
    expect(harness.emulator.stats.requests - before).toBe(1);
  });
});

describe('participants', () => {
  it('streams the app participants of a meeting, names decoded', async () => {
    const { manyParticipantsMeeting } = fixtures();
    const items = await collect(streamParticipants(harness.provider(), manyParticipantsMeeting.meetingId));
    expect(items).toHaveLength(manyParticipantsMeeting.participantCount);
    expect(items.every((item) => item.joinedAt instanceof Date && item.name.length > 0)).toBe(true);
    expect(items.some((item) => /[\u4e00-\u9fff]/.test(item.name))).toBe(true);
  });
});
