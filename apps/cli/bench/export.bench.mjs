// Exports 1,000,000 phone participants from the emulator (no latency) with the built CLI, to
// NDJSON and to CSV, and compares rows per second and peak memory with only reading the same
// pages. The emulator's largest meeting has 10,000 callouts, so the CLI is given its id 100
// times: 10,000 requests of 100 rows. Run with `pnpm bench` after a build; BENCH_ROUNDS=10 for
// a quicker 100,000 rows.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator } from '@callroll/emulator';

const run = promisify(execFile);
const rounds = Number(process.env.BENCH_ROUNDS ?? 100);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'callroll-bench-'));

const emulator = await startEmulator({ seed: 'bench', scenario: { rateLimitPerMinute: 0 } });
const meeting = emulator.tencent.fixtures.largeCalloutMeeting;
const rowsExpected = meeting.calloutCount * rounds;
const { credentials, baseURL } = emulator.tencent;
const env = {
  PATH: process.env.PATH,
  HOME: dir,
  TZ: 'UTC',
  CALLROLL_LANG: 'en',
  CALLROLL_TENCENT_APP_ID: credentials.appId,
  CALLROLL_TENCENT_SECRET_ID: credentials.secretId,
  CALLROLL_TENCENT_SECRET_KEY: credentials.secretKey,
  CALLROLL_TENCENT_OPERATOR_ID: credentials.operatorId,
  CALLROLL_TENCENT_BASE_URL: baseURL,
  // The client's own limit would otherwise hold 10,000 requests to 300 a minute.
  CALLROLL_TENCENT_REQUESTS_PER_MINUTE: '10000',
};

/** Runs a script under the RSS probe; returns seconds and peak RSS in MiB. */
async function measure(name, script, args, countRows) {
  const rssFile = join(dir, `${name}.rss`);
  const start = performance.now();
  const { stdout } = await run(process.execPath, ['--import', here('./measure-rss.mjs'), script, ...args], {
    env: { ...env, BENCH_RSS_FILE: rssFile },
    maxBuffer: 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  const rows = countRows(stdout);
  if (rows !== rowsExpected) throw new Error(`${name}: expected ${rowsExpected} rows, got ${rows}`);
  const peakMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { name, rows, seconds, peakMiB };
}

const lineCount = (path) => {
  const text = readFileSync(path, 'utf8');
  let lines = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
};

try {
  const ids = Array.from({ length: rounds }, () => meeting.meetingId);
  const bin = here('../dist/bin.js');
  const results = [];
  // Warms the emulator (the bench's own process serves every page) before anything is timed.
  await run(process.execPath, [here('./read-pages.mjs'), meeting.meetingId, '1'], { env });
  results.push(
    await measure('read pages only', here('./read-pages.mjs'), [meeting.meetingId, String(rounds)], Number),
  );
  for (const format of ['ndjson', 'csv']) {
    const file = join(dir, `phones.${format}`);
    const result = await measure(
      `callroll phones -f ${format} -o file`,
      bin,
      ['phones', '-p', 'tencent', '-f', format, '-o', file, ...ids],
      () => lineCount(file) - (format === 'csv' ? 1 : 0),
    );
    result.mib = statSync(file).size / 1024 / 1024;
    results.push(result);
    rmSync(file);
  }
  const [baseline] = results;
  console.log(
    `${rowsExpected.toLocaleString('en')} phone participants (Tencent, emulator, no latency), pages of 100`,
  );
  console.table(
    results.map((result) => ({
      run: result.name,
      s: Number(result.seconds.toFixed(1)),
      'rows/s': Math.round(result.rows / result.seconds),
      'vs reading': `${(result.seconds / baseline.seconds).toFixed(2)}×`,
      'peak RSS MiB': Math.round(result.peakMiB),
      'file MiB': result.mib === undefined ? '' : Math.round(result.mib),
    })),
  );
} finally {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
}
