// Streams 10,000 phone participants in pages of 100 from the reference service at 40 ms latency
// per request, three ways: streamPhoneParticipants (concurrent pages), a plain sequential loop
// over nextCursor, and the ideal (request rounds × latency). Run with `pnpm bench` after a build.
import { performance } from 'node:perf_hooks';
import { collect, streamPhoneParticipants } from '../dist/index.js';
import {
  createReferenceDataset,
  createReferenceProvider,
  startReferenceServer,
} from '../dist/reference/index.js';

const latencyMs = 40;
const items = 10_000;
const pageSize = 100;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const concurrencies = [4, 8];

const server = await startReferenceServer({
  latencyMs,
  dataset: createReferenceDataset({ bigMeetingPhones: items }),
});
const provider = createReferenceProvider({ baseURL: server.url, apiKey: server.apiKey, concurrency: 16 });
const meetingId = 'ref-big';

async function time(work) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const count = await work();
    samples.push(performance.now() - start);
    if (count !== items) throw new Error(`expected ${items} items, got ${count}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

async function sequential() {
  let count = 0;
  let cursor;
  do {
    const page = await provider.listPhoneParticipants(meetingId, { pageSize, cursor });
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}

try {
  await sequential(); // warm the connection pool
  const pages = items / pageSize;
  const rows = [];
  const sequentialMs = await time(sequential);
  rows.push({
    method: 'sequential loop over nextCursor',
    'median ms': sequentialMs,
    'ideal ms': pages * latencyMs,
  });
  for (const concurrency of concurrencies) {
    const ms = await time(
      async () =>
        (await collect(streamPhoneParticipants(provider, meetingId, { pageSize, concurrency }))).length,
    );
    const rounds = 1 + Math.ceil((pages - 1) / concurrency);
    rows.push({
      method: `streamPhoneParticipants, concurrency ${concurrency}`,
      'median ms': ms,
      'ideal ms': rounds * latencyMs,
    });
  }
  console.log(
    `${items} items, pages of ${pageSize}, ${latencyMs} ms latency per request, median of ${runs} runs`,
  );
  console.table(
    rows.map((row) => ({
      ...row,
      'median ms': Math.round(row['median ms']),
      'vs ideal': `${(row['median ms'] / row['ideal ms']).toFixed(2)}×`,
      'vs sequential': `${(sequentialMs / row['median ms']).toFixed(1)}× faster`,
    })),
  );
} finally {
  await provider.close();
  await server.close();
}
