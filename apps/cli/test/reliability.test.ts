import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Emulator, startEmulator } from '@callroll/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCallroll } from './support/run-callroll.js';
import { systecEnv, tencentEnv } from './support/test-servers.js';

// Faults, rate limits and oversized answers, as a user's command meets them.
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'cli-reliability', scenario: { rateLimitPerMinute: 0 } });
});
afterAll(() => emulator.close());

describe('callroll under faults and limits', () => {
  it('writes exactly the fault-free rows of the 10,000-callout meeting at 20% faults of every kind', {
    timeout: 120_000,
  }, async () => {
    const env = tencentEnv(emulator);
    const meetingId = emulator.tencent.fixtures.largeCalloutMeeting.meetingId;
    const clean = await runCallroll(['phones', '-p', 'tencent', meetingId, '-f', 'ndjson'], { env });
    expect(clean.code, clean.stderr).toBe(0);
    emulator.setScenario({ faultRate: 0.2 });
    try {
      const faulty = await runCallroll(['phones', '-p', 'tencent', meetingId, '-f', 'ndjson'], { env });
      expect(faulty.code, faulty.stderr).toBe(0);
      expect(faulty.stdout).toBe(clean.stdout);
      expect(faulty.stdout.trim().split('\n')).toHaveLength(10_000);
    } finally {
      emulator.setScenario({ faultRate: 0 });
    }
  });

  it('says once on stderr that it waits for a rate-limit window, and goes on', {
    timeout: 60_000,
  }, async () => {
    const env = systecEnv(emulator);
    const { busyMonth } = emulator.systec.fixtures;
    // The emulator's clock stands still until the first refusal, so that one comes whatever the
    // machine's load; then it runs again and the command goes on.
    emulator.setScenario({ systecRateLimitPerSecond: 2, timeFrozen: true });
    const limitedBefore = emulator.stats.systec.rateLimited;
    const thaw = setInterval(() => {
      if (emulator.stats.systec.rateLimited > limitedBefore) emulator.setScenario({ timeFrozen: false });
    }, 10);
    try {
      const result = await runCallroll(
        ['meetings', '-p', 'systec', '--from', busyMonth.from, '--to', busyMonth.to, '-f', 'ndjson'],
        { env },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.trim().split('\n')).toHaveLength(busyMonth.meetingCount);
      const waits = result.stderr.split('\n').filter((line) => line.includes('rate limit is reached'));
      // Paused every second by a per-second limit, it says so once.
      expect(waits).toHaveLength(1);
      expect(waits[0]).toMatch(
        /^callroll: Systec UMeeting's rate limit is reached \(rate limited \(\d+\)\): waiting 1 s for its window to reopen/,
      );
    } finally {
      clearInterval(thaw);
      emulator.setScenario({ systecRateLimitPerSecond: 0, timeFrozen: false });
    }
  });

  it('7: stops at once on the daily limit, with its own message', async () => {
    emulator.setScenario({ dailyLimitReached: true });
    try {
      const before = emulator.stats.requests;
      const result = await runCallroll(
        ['phones', '-p', 'tencent', emulator.tencent.fixtures.liveMeeting.meetingId],
        { env: tencentEnv(emulator) },
      );
      expect(result.code).toBe(7);
      expect(result.stderr.trim()).toMatch(
        /daily limit of API calls is used up \(code 190311\); it resets at midnight/,
      );
      expect(emulator.stats.requests - before).toBe(1);
      const zh = await runCallroll(
        ['phones', '-p', 'tencent', emulator.tencent.fixtures.liveMeeting.meetingId],
        {
          env: { ...tencentEnv(emulator), CALLROLL_LANG: 'zh-CN' },
        },
      );
      expect(zh.stderr).toContain('当日 API 调用次数已用完');
    } finally {
      emulator.setScenario({ dailyLimitReached: false });
    }
  });
});

describe('an answer larger than the cap', () => {
  let server: Server;
  let baseURL: string;

  beforeAll(async () => {
    // 17 MiB of a JSON string, one past the transport's 16 MiB cap.
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      response.write('{"meeting_id":"');
      let left = 17;
      const pump = () => {
        while (left > 0) {
          left--;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end('"}');
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('9: is refused, naming the cap, not "cannot read (at (body))"', async () => {
    const result = await runCallroll(['phones', '-p', 'tencent', '12345678901234567890'], {
      env: { ...tencentEnv(emulator), CALLROLL_TENCENT_BASE_URL: baseURL },
    });
    expect(result.code).toBe(9);
    expect(result.stderr.trim()).toBe(
      "callroll: Tencent Meeting (腾讯会议) sent an answer larger than callroll's cap of 16 MiB; it was not read. Ask for smaller pages, or report it.",
    );
  });
});
