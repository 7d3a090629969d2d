// Runs `callroll phones` of the emulator's 10,000-callout meeting 5 times at 20% and 5 times at
// 40% faults of every kind (5xx, a gateway's HTML, a 200 that is not JSON, resets, bodies cut
// short), and reports how many runs completed with exactly the fault-free rows, and how many
// requests each took (counted at the emulator). Not a timing: `node bench/fault-runs.mjs`.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator } from '@callroll/emulator';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const runs = Number(process.env.FAULT_RUNS ?? 5);
const emulator = await startEmulator({ seed: 'fault-runs', scenario: { rateLimitPerMinute: 0 } });
const meetingId = emulator.tencent.fixtures.largeCalloutMeeting.meetingId;
const { credentials, baseURL } = emulator.tencent;
const env = {
  PATH: process.env.PATH,
  HOME: mkdtempSync(join(tmpdir(), 'callroll-faults-')),
  CALLROLL_LANG: 'en',
  CALLROLL_TENCENT_APP_ID: credentials.appId,
  CALLROLL_TENCENT_SECRET_ID: credentials.secretId,
  CALLROLL_TENCENT_SECRET_KEY: credentials.secretKey,
  CALLROLL_TENCENT_OPERATOR_ID: credentials.operatorId,
  CALLROLL_TENCENT_BASE_URL: baseURL,
};

async function once() {
  const before = emulator.stats.requests;
  const result = await run(process.execPath, [bin, 'phones', '-p', 'tencent', meetingId, '-f', 'ndjson'], {
    env,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error) => ({ code: error.code, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
  return { ...result, requests: emulator.stats.requests - before };
}

const clean = await once();
console.log(
  `fault-free: exit ${clean.code}, ${clean.stdout.split('\n').length - 1} rows, ${clean.requests} requests`,
);
for (const rate of [0.2, 0.4]) {
  emulator.setScenario({ faultRate: rate });
  const outcomes = [];
  for (let index = 0; index < runs; index++) outcomes.push(await once());
  const whole = outcomes.filter((outcome) => outcome.code === 0 && outcome.stdout === clean.stdout).length;
  console.log(
    `${rate * 100}% faults: ${whole} of ${runs} runs gave exactly the fault-free rows; requests ${outcomes.map((outcome) => outcome.requests).join(', ')}`,
  );
  for (const failed of outcomes.filter((outcome) => outcome.code !== 0))
    console.log(`  exit ${failed.code}: ${failed.stderr.trim().split('\n').at(-1)}`);
}
await emulator.close();
