import { describe, expect, it } from 'vitest';
import { defaultScenario, type Emulator } from '../src/index.js';
import { call, operatorQuery, useEmulators } from './support/emulator-fixture.js';
import { errorCode, type SignedResponse } from './support/signed-fetch.js';

/** Tencent's rate limits count by the data clock, frozen here and moved on by hand. */
const start = useEmulators();

const meetingPath = (emulator: Emulator) =>
  `/v1/meetings/${emulator.tencent.fixtures.liveMeeting.meetingId}?${operatorQuery(emulator)}&instanceid=1`;

const get = (emulator: Emulator) => call(emulator, { path: meetingPath(emulator) });

function errorInfo(response: SignedResponse): Record<string, unknown> | undefined {
  return (response.json as { error_info?: Record<string, unknown> } | undefined)?.error_info;
}

describe('the rate-limit window', () => {
  it('is 60 s by default and as long as rateLimitWindowMs says', async () => {
    expect(defaultScenario.rateLimitWindowMs).toBe(60_000);
    const emulator = await start({
      scenario: { timeFrozen: true, rateLimitPerMinute: 2, rateLimitWindowMs: 2_000 },
    });
    expect((await get(emulator)).status).toBe(200);
    emulator.advanceTime(1_000);
    expect((await get(emulator)).status).toBe(200);
    const limited = await get(emulator);
    expect([limited.status, errorCode(limited)]).toEqual([500, 190310]);
    emulator.advanceTime(999);
    expect(errorCode(await get(emulator))).toBe(190310);
    emulator.advanceTime(1);
    // The first call has left the window; the second has not.
    expect((await get(emulator)).status).toBe(200);
    expect(errorCode(await get(emulator))).toBe(190310);
  });

  it('answers with rateLimitStatus, the same body either way', async () => {
    const emulator = await start({
      scenario: { timeFrozen: true, rateLimitPerMinute: 1, rateLimitStatus: 429 },
    });
    await get(emulator);
    const limited = await get(emulator);
    expect(limited.status).toBe(429);
    expect(errorInfo(limited)).toEqual({
      error_code: 190310,
      new_error_code: 190310,
      message: expect.any(String),
    });
    expect(emulator.stats.rateLimited).toBe(1);
  });
});

describe('the daily limit (190311)', () => {
  it('answers every call with 190311 while dailyLimitReached is set', async () => {
    const emulator = await start({ scenario: { dailyLimitReached: true } });
    const refused = await get(emulator);
    expect([refused.status, errorCode(refused)]).toEqual([defaultScenario.rateLimitStatus, 190311]);
    emulator.setScenario({ rateLimitStatus: 429 });
    expect((await get(emulator)).status).toBe(429);
    emulator.setScenario({ dailyLimitReached: false });
    expect((await get(emulator)).status).toBe(200);
    expect(emulator.stats.rateLimited).toBe(2);
  });

  it('counts rateLimitPerDay calls per Beijing day, and a new day starts afresh', async () => {
    // 23:59:00 in Beijing.
    const now = Date.parse('2025-06-16T15:59:00Z');
    const emulator = await start({ now, scenario: { timeFrozen: true, rateLimitPerDay: 2 } });
    expect((await get(emulator)).status).toBe(200);
    expect((await get(emulator)).status).toBe(200);
    expect(errorCode(await get(emulator))).toBe(190311);
    emulator.advanceTime(59_999);
    expect(errorCode(await get(emulator))).toBe(190311);
    emulator.advanceTime(1);
    expect((await get(emulator)).status).toBe(200);
  });

  it('does not count calls the minute window refused', async () => {
    const emulator = await start({
      scenario: { timeFrozen: true, rateLimitPerDay: 2, rateLimitPerMinute: 1 },
    });
    expect((await get(emulator)).status).toBe(200);
    expect(errorCode(await get(emulator))).toBe(190310);
    emulator.advanceTime(60_000);
    expect((await get(emulator)).status).toBe(200);
    emulator.advanceTime(60_000);
    expect(errorCode(await get(emulator))).toBe(190311);
  });
});

describe('new_error_code', () => {
  it('repeats error_code by default and differs from it under distinctNewErrorCodes', async () => {
    const emulator = await start({ scenario: { rateLimitPerMinute: 1, distinctNewErrorCodes: true } });
    await get(emulator);
    expect(errorInfo(await get(emulator))).toMatchObject({ error_code: 190310, new_error_code: 100190310 });
    emulator.setScenario({ rateLimitPerMinute: 0 });
    const missing = await call(emulator, {
      path: `/v1/meetings/${emulator.tencent.fixtures.missingMeetingId}?${operatorQuery(emulator)}&instanceid=1`,
    });
    expect(errorInfo(missing)).toMatchObject({ error_code: 9003, new_error_code: 100009003 });
    const unsigned = await call(emulator, { path: meetingPath(emulator), signature: 'eA==' });
    expect(errorInfo(unsigned)).toMatchObject({ error_code: 200003, new_error_code: 100200003 });
    emulator.setScenario({ distinctNewErrorCodes: false });
    expect(errorInfo(await call(emulator, { path: meetingPath(emulator), signature: 'eA==' }))).toMatchObject(
      {
        error_code: 200003,
        new_error_code: 200003,
      },
    );
  });
});
