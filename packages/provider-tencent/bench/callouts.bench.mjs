// All 10,000 callouts of one meeting from the emulator at 40 ms latency per request:
// 1. without a rate limit: streamPhoneParticipants (pages fetched concurrently) against a plain
//    sequential loop and the ideal (request rounds × latency);
// 2. with Tencent's 300 calls/min on (client and emulator) and pages of 20, i.e. 500 requests:
//    against the floor the limit sets (300 in the first window, the rest one window later).
// Run with `pnpm bench` after a build. BENCH_SKIP_LIMITED=1 skips the minute-long second part.
import { performance } from 'node:perf_hooks';
import { collect, streamPhoneParticipants } from '@callroll/core';
import { startEmulatorProcess } from '@callroll/emulator';
import { createTencentMeeting } from '../dist/index.js';

const latencyMs = 40;
const runs = Number(process.env.BENCH_RUNS ?? 3);
// In a process of its own, so that its work is not counted as the client's.
const emulator = await startEmulatorProcess(['--latency', String(latencyMs), '--rate-limit', '0']);
const { credentials, fixtures, baseURL } = emulator.tencent;
const meeting = fixtures.largeCalloutMeeting;
const total = meeting.calloutCount;
const make = (requestsPerMinute) =>
  createTencentMeeting({ ...credentials, baseURL, requestsPerMinute, concurrency: 16 });

async function time(work, times = runs) {
  const samples = [];
  for (let run = 0; run < times; run++) {
    const start = performance.now();
    const count = await work();
    samples.push(performance.now() - start);
    if (count !== total) throw new Error(`expected ${total} callouts, got ${count}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const rows = [];
const unlimited = make(10_000);
try {
  const pageSize = 100;
  const pages = Math.ceil(total / pageSize);
  const sequential = async () => {
    let count = 0;
    let cursor;
    do {
      const page = await unlimited.listPhoneParticipants(meeting.meetingId, { pageSize, cursor });
      count += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return count;
  };
  await sequential(); // warm the connections
  const sequentialMs = await time(sequential);
  rows.push({
    run: 'no limit, sequential loop, pages of 100',
    ms: sequentialMs,
    floor: pages * latencyMs,
    sequentialMs,
  });
  for (const concurrency of [4, 8, 16]) {
    const ms = await time(
      async () =>
        (await collect(streamPhoneParticipants(unlimited, meeting.meetingId, { pageSize, concurrency })))
          .length,
    );
    const rounds = 1 + Math.ceil((pages - 1) / concurrency);
    rows.push({
      run: `no limit, stream, pages of 100, concurrency ${concurrency}`,
      ms,
      floor: rounds * latencyMs,
      sequentialMs,
    });
  }
} finally {
  await unlimited.close();
}

if (process.env.BENCH_SKIP_LIMITED !== '1') {
  await emulator.reset();
  await emulator.setScenario({ rateLimitPerMinute: 300 });
  const limited = make(300);
  try {
    const pageSize = 20;
    const requests = Math.ceil(total / pageSize);
    const ms = await time(
      async () =>
        (await collect(streamPhoneParticipants(limited, meeting.meetingId, { pageSize, concurrency: 8 })))
          .length,
      1,
    );
    // 300 requests may go at once; each further 300 wait for the client's 61 s window.
    const floor = Math.floor((requests - 1) / 300) * 61_000 + latencyMs;
    rows.push({ run: `300/min, stream, pages of 20 (${requests} requests)`, ms, floor });
    const { rateLimited } = await emulator.stats();
    if (rateLimited > 0) throw new Error(`${rateLimited} requests hit 190310`);
  } finally {
    await limited.close();
  }
}

console.log(
  `${total} callouts of one meeting, ${latencyMs} ms emulator latency per request (median of ${runs} runs; the limited run once)`,
);
console.table(
  rows.map((row) => ({
    run: row.run,
    ms: Math.round(row.ms),
    'floor ms': row.floor,
    'vs floor': `${(row.ms / row.floor).toFixed(2)}×`,
    ...(row.sequentialMs ? { 'vs sequential': `${(row.sequentialMs / row.ms).toFixed(1)}× faster` } : {}),
  })),
);
await emulator.close();
