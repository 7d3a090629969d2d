// Times `callroll phones` of many meetings at 40 ms emulator latency and counts the requests the
// emulator answered: 1,000 Systec meeting reports, and 50 Tencent meetings of 100 callouts each
// (the emulator's live and upcoming meetings, brought to 100 callouts by placing calls; ended
// ones take none, so the rest are ended meetings with their own callouts). Pass another build's
// bin as CALLROLL_BIN to compare: `CALLROLL_BIN=/tmp/before/apps/cli/dist/bin.js node bench/many-meetings.mjs`.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { collect, streamMeetings } from '@callroll/core';
import { startEmulator } from '@callroll/emulator';
import { createSystecUMeeting } from '@callroll/provider-systec';
import { createTencentMeeting } from '@callroll/provider-tencent';

const run = promisify(execFile);
const bin = process.env.CALLROLL_BIN ?? fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const emulator = await startEmulator({
  seed: 'many-meetings',
  scenario: { latencyMs: 40, rateLimitPerMinute: 0 },
});
const home = mkdtempSync(join(tmpdir(), 'callroll-many-'));

async function timed(args, env) {
  const before = emulator.stats.requests;
  const started = performance.now();
  const outcome = await run(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH, HOME: home, CALLROLL_LANG: 'en', ...env },
    maxBuffer: 256 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error) => ({ code: error.code, stdout: error.stdout ?? '' }),
  );
  const rows = outcome.stdout
    .split('\n')
    .filter((line) => line.startsWith('{') && !line.includes('"error"')).length;
  return {
    seconds: (performance.now() - started) / 1000,
    requests: emulator.stats.requests - before,
    code: outcome.code,
    rows,
  };
}

// Setting up (not timed): the ids, and the Tencent meetings' callouts.
const { systec, tencent } = emulator;
const systecSettings = {
  apiKey: systec.credentials.apiKey,
  apiSecret: systec.credentials.apiSecret,
  baseURL: systec.baseURL,
};
const lister = createSystecUMeeting({ ...systecSettings, requestsPerMinute: 10_000 });
const { busyMonth } = systec.fixtures;
const month = {
  from: new Date(`${busyMonth.from}T00:00:00+08:00`),
  to: new Date(`${busyMonth.to}T23:59:59+08:00`),
};
const inMonth = (await collect(streamMeetings(lister, month))).map((meeting) => meeting.id);
const reported = (await lister.getMeetings(inMonth))
  .filter((lookup) => 'meeting' in lookup)
  .map((lookup) => lookup.ref);
await lister.close();
const systecIds = reported.slice(0, 1000);

const caller = createTencentMeeting({
  ...tencent.credentials,
  baseURL: tencent.baseURL,
  requestsPerMinute: 10_000,
});
const around = { from: new Date(Date.now() - 120 * 86_400_000), to: new Date(Date.now() + 120 * 86_400_000) };
const meetings = (await collect(streamMeetings(caller, around))).filter(
  (meeting) => meeting.id !== tencent.fixtures.largeCalloutMeeting.meetingId,
);
const tencentIds = [];
for (const meeting of meetings) {
  if (tencentIds.length === 50) break;
  const have = (await caller.listPhoneParticipants(meeting.id, { pageSize: 100 })).total ?? 0;
  if (meeting.status === 'ended' || meeting.status === 'cancelled') {
    if (have > 0) tencentIds.push(meeting.id);
    continue;
  }
  const targets = Array.from({ length: Math.max(0, 100 - have) }, (_, index) => ({
    number: `+86138${String(10_000_000 + tencentIds.length * 1000 + index).slice(-8)}`,
  }));
  for (let start = 0; start < targets.length; start += 30)
    await caller.startCallOut(meeting.id, targets.slice(start, start + 30));
  tencentIds.push(meeting.id);
}
await caller.close();

const systecEnv = {
  CALLROLL_SYSTEC_API_KEY: systec.credentials.apiKey,
  CALLROLL_SYSTEC_API_SECRET: systec.credentials.apiSecret,
  CALLROLL_SYSTEC_BASE_URL: systec.baseURL,
};
const tencentEnv = {
  CALLROLL_TENCENT_APP_ID: tencent.credentials.appId,
  CALLROLL_TENCENT_SECRET_ID: tencent.credentials.secretId,
  CALLROLL_TENCENT_SECRET_KEY: tencent.credentials.secretKey,
  CALLROLL_TENCENT_OPERATOR_ID: tencent.credentials.operatorId,
  CALLROLL_TENCENT_BASE_URL: tencent.baseURL,
};
const s = await timed(['phones', '-p', 'systec', '-f', 'ndjson', ...systecIds], systecEnv);
console.log(`${bin}`);
console.log(
  `Systec, ${systecIds.length} meetings: ${s.seconds.toFixed(1)} s, ${s.requests} requests, ${s.rows} rows, exit ${s.code}`,
);
const t = await timed(['phones', '-p', 'tencent', '-f', 'ndjson', ...tencentIds], tencentEnv);
console.log(
  `Tencent, ${tencentIds.length} meetings: ${t.seconds.toFixed(1)} s, ${t.requests} requests, ${t.rows} rows, exit ${t.code}`,
);
await emulator.close();
