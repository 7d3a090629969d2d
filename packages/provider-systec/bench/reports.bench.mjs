// 1,000 meeting ids' reports from the emulator at 40 ms latency per request: getMeetings (calls
// of 200 ids, sent concurrently) against the ideal (request rounds × latency), against the same
// batches one after another, and against a plain loop asking for one meeting at a time.
// Run with `pnpm bench` after a build.
import { performance } from 'node:perf_hooks';
import { collect, streamMeetings } from '@callroll/core';
import { startEmulatorProcess } from '@callroll/emulator';
import { createSystecUMeeting } from '../dist/index.js';

const latencyMs = 40;
const runs = Number(process.env.BENCH_RUNS ?? 3);
// In a process of its own, so that its work is not counted as the client's.
const emulator = await startEmulatorProcess();
const { credentials, fixtures, baseURL } = emulator.systec;
const settings = { ...credentials, baseURL, requestsPerMinute: 10_000 };

// The reported meetings of the busy month, found with the latency off.
const lister = createSystecUMeeting(settings);
const month = fixtures.busyMonth;
const end = new Date(`${month.to}T00:00:00+08:00`);
const listed = await collect(
  streamMeetings(lister, {
    from: new Date(`${month.from}T00:00:00+08:00`),
    to: new Date(end.getTime() + 86_400_000),
  }),
);
const probe = await lister.getMeetings(listed.map((meeting) => meeting.id));
const ids = probe
  .filter((result) => 'meeting' in result)
  .slice(0, 1000)
  .map((result) => result.id);
await lister.close();
if (ids.length !== 1000) throw new Error(`only ${ids.length} reported meetings in the busy month`);
await emulator.setScenario({ latencyMs });

async function time(work, times = runs) {
  const samples = [];
  for (let run = 0; run < times; run++) {
    const start = performance.now();
    const found = await work();
    samples.push(performance.now() - start);
    if (found !== ids.length) throw new Error(`expected ${ids.length} meetings, got ${found}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const rows = [];
const calls = Math.ceil(ids.length / 200);
for (const concurrency of [4, 8]) {
  const provider = createSystecUMeeting({ ...settings, concurrency });
  await provider.getMeetings(ids.slice(0, 10)); // warm the connections
  const ms = await time(
    async () => (await provider.getMeetings(ids)).filter((result) => 'meeting' in result).length,
  );
  rows.push({
    run: `getMeetings, ${calls} calls of 200, concurrency ${concurrency}`,
    ms,
    ideal: Math.ceil(calls / concurrency) * latencyMs,
  });
  if (concurrency === 4) {
    const batchesMs = await time(async () => {
      let found = 0;
      for (let start = 0; start < ids.length; start += 200) {
        found += (await provider.getMeetings(ids.slice(start, start + 200))).filter(
          (result) => 'meeting' in result,
        ).length;
      }
      return found;
    });
    rows.push({ run: `the same ${calls} calls one after another`, ms: batchesMs, ideal: calls * latencyMs });
    const loopMs = await time(async () => {
      let found = 0;
      for (const id of ids) {
        await provider.getMeeting(id);
        found++;
      }
      return found;
    }, 1);
    rows.push({ run: 'a loop of getMeeting, one id a call', ms: loopMs, ideal: ids.length * latencyMs });
  }
  await provider.close();
}

const fastest = Math.min(...rows.map((row) => row.ms));
console.log(
  `${ids.length} meeting reports, ${latencyMs} ms emulator latency per request (median of ${runs} runs; the loop once)`,
);
console.table(
  rows.map((row) => ({
    run: row.run,
    ms: Math.round(row.ms),
    'ideal ms': row.ideal,
    'vs ideal': `${(row.ms / row.ideal).toFixed(2)}×`,
    'vs fastest': `${(row.ms / fastest).toFixed(1)}×`,
  })),
);
await emulator.close();
