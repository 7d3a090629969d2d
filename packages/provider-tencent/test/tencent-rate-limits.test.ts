import {
  collect,
  NotFoundError,
  type PhoneParticipant,
  RateLimitedError,
  streamPhoneParticipants,
  type TransportEvent,
} from '@callroll/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTencentHarness, type TencentHarness } from './support/tencent-emulator.js';

// Tencent's per-minute limit with the window made short: the emulator allows 40 calls in any
// 1.5 s, and the provider is told that window (with slack), as it is told Tencent's 60 s by default.
const serverWindowMs = 1500;
const clientWindowMs = 1700;
const perWindow = 40;

let harness: TencentHarness;
let meetingId: string;

const rows = (items: PhoneParticipant[]) => items.map((item) => item.participantId);
// The emulator's clock stands still from the window's use until the first wait is announced, so
// the window is full whatever the machine's load: the clock is not what these tests are about.
const provider = (events: TransportEvent[]) =>
  harness.provider(
    { requestsPerMinute: perWindow },
    {
      rateLimitWindowMs: clientWindowMs,
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'wait') harness.emulator.setScenario({ timeFrozen: false });
      },
    },
  );

/** Uses up the app's window, as three earlier runs of the 10,000-callout export would. */
async function useUpTheWindow(): Promise<void> {
  harness.emulator.setScenario({ timeFrozen: true });
  const greedy = harness.provider({ requestsPerMinute: 10_000 }, { maxRetries: 0 });
  for (let page = 1; page <= perWindow; page++) {
    await greedy
      .listPhoneParticipants(meetingId, { cursor: String(page), pageSize: 100 })
      .catch(() => undefined);
  }
  await greedy.close();
}

beforeAll(async () => {
  harness = await startTencentHarness({
    seed: 'rate-limits',
    scenario: { rateLimitPerMinute: perWindow, rateLimitWindowMs: serverWindowMs },
  });
  meetingId = harness.emulator.tencent.fixtures.largeCalloutMeeting.meetingId;
});
beforeEach(() => {
  harness.emulator.reset();
  harness.emulator.setScenario({
    rateLimitStatus: 500,
    distinctNewErrorCodes: false,
    dailyLimitReached: false,
  });
});
afterAll(() => harness.close());

describe('a used-up per-minute window', () => {
  it.each([400, 500])(
    'is waited out (190310 at HTTP %i), and the listing comes out whole',
    async (status) => {
      harness.emulator.setScenario({ rateLimitStatus: status });
      await useUpTheWindow();
      const events: TransportEvent[] = [];
      const items = await collect(streamPhoneParticipants(provider(events), meetingId));
      expect(new Set(rows(items)).size).toBe(10_000);
      const waits = events.filter((event) => event.type === 'wait');
      expect(waits.length).toBeGreaterThanOrEqual(1);
      expect(waits[0]).toMatchObject({ delayMs: clientWindowMs, reason: 'rate limited (190310)' });
      expect(harness.emulator.stats.rateLimited).toBeGreaterThan(0);
    },
  );

  it('is recognised by error_code when new_error_code differs (100190310)', { timeout: 30_000 }, async () => {
    harness.emulator.setScenario({ distinctNewErrorCodes: true });
    await useUpTheWindow();
    const events: TransportEvent[] = [];
    const page = await provider(events).listPhoneParticipants(meetingId, { pageSize: 100 });
    expect(page.items).toHaveLength(100);
    expect(events.some((event) => event.type === 'wait')).toBe(true);
    // And a known code keeps its meaning beside a distinct new_error_code.
    const missing = await provider([])
      .getMeeting(harness.emulator.tencent.fixtures.missingMeetingId)
      .catch((e) => e);
    expect(NotFoundError.isInstance(missing)).toBe(true);
    expect(String(missing.message)).toMatch(/new_error_code 1000\d+/);
  });
});

describe('the daily limit', () => {
  it('stops at once, after one request, with its own RateLimitedError', async () => {
    harness.emulator.setScenario({ dailyLimitReached: true });
    const before = harness.emulator.stats.requests;
    const error = await provider([])
      .listPhoneParticipants(meetingId)
      .catch((caught: unknown) => caught);
    expect(RateLimitedError.isInstance(error) && [error.scope, error.retryable, error.providerCode]).toEqual([
      'daily',
      false,
      '190311',
    ]);
    expect(harness.emulator.stats.requests - before).toBe(1);
  });
});
