// `pnpm bench`: every figure of the performance table in one run, each beside its yardstick from
// the same run: `node -e 0` for start-up, the minimal client (minimal-client.mjs) for the wire and
// the CPU per row. The emulator runs in processes of its own, so its work is not counted. Medians;
// ratios are what to compare across machines. BENCH_QUICK=1 runs fewer rounds and a 50,000-row
// export; CALLROLL_BIN=<another build's dist/bin.js> measures that build instead (before/after).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulatorProcess } from '@callroll/emulator';
import { measureProcess, medians, removeScratch } from './measure-process.mjs';

const quick = process.env.BENCH_QUICK === '1';
const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const bin = process.env.CALLROLL_BIN ?? path('../apps/cli/dist/bin.js');
const minimal = path('./minimal-client.mjs');
const home = mkdtempSync(join(tmpdir(), 'callroll-bench-home-'));
const rows = [];

/** The environment a user's shell would give callroll for the emulator's Tencent account. */
function envFor(emulator, extra = {}) {
  const { credentials, baseURL } = emulator.tencent;
  return {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    TZ: 'UTC',
    CALLROLL_LANG: 'en',
    CALLROLL_TENCENT_APP_ID: credentials.appId,
    CALLROLL_TENCENT_SECRET_ID: credentials.secretId,
    CALLROLL_TENCENT_SECRET_KEY: credentials.secretKey,
    CALLROLL_TENCENT_OPERATOR_ID: credentials.operatorId,
    CALLROLL_TENCENT_BASE_URL: baseURL,
    ...extra,
  };
}

const ms = (value) => `${Math.round(value)} ms`;
const mib = (value) => `${Math.round(value)} MB`;
const ratio = (value) => `${value.toFixed(2)}×`;
const expectLines = (name, got, want) => {
  if (got !== want) throw new Error(`${name}: ${got} lines written, ${want} expected`);
};

async function startUpAndCpu() {
  const emulator = await startEmulatorProcess(['--rate-limit', '0', '--large-callouts', '30000']);
  try {
    const { everyStatusMeeting: onePageMeeting, largeCalloutMeeting } = emulator.tencent.fixtures;
    // Many rounds, enough for 30,000 rows in a few seconds (the account's own limit is 300 a minute).
    const env = envFor(emulator, { CALLROLL_TENCENT_REQUESTS_PER_MINUTE: '10000' });
    const [idle, onePage, help] = await medians(quick ? 5 : 15, [
      () => measureProcess(['-e', '0'], env),
      () => measureProcess([bin, 'phones', '-p', 'tencent', onePageMeeting.meetingId], env),
      () => measureProcess([bin, '--help'], env),
    ]);
    rows.push({
      measure: `one-page command (phones of a ${onePageMeeting.calloutCount}-callout meeting), wall`,
      callroll: `+${ms(onePage.wallMs - idle.wallMs)}, ${mib(onePage.rssMiB)} peak`,
      yardstick: `node -e 0: ${ms(idle.wallMs)}, ${mib(idle.rssMiB)}`,
      ratio: ratio(onePage.wallMs / idle.wallMs),
      goal: '≤ +150 ms, ≤ 80 MB',
      met: onePage.wallMs - idle.wallMs <= 150 && onePage.rssMiB <= 80,
    });
    rows.push({
      measure: '`callroll --help`, wall',
      callroll: `+${ms(help.wallMs - idle.wallMs)}, ${mib(help.rssMiB)} peak`,
      yardstick: `node -e 0: ${ms(idle.wallMs)}`,
      ratio: ratio(help.wallMs / idle.wallMs),
      goal: '(loads no provider)',
      met: undefined,
    });
    const id = largeCalloutMeeting.meetingId;
    const [cli, least] = await medians(quick ? 3 : 5, [
      () => measureProcess([bin, 'phones', '-p', 'tencent', '-f', 'ndjson', id], env),
      () => measureProcess([minimal, id], env),
    ]);
    expectLines('callroll', cli.lines, 30_000);
    expectLines('minimal client', least.lines, 30_000);
    const cpuBeyond = cli.cpuMs - onePage.cpuMs;
    const leastBeyond = least.cpuMs - idle.cpuMs;
    rows.push({
      measure: 'CPU of `phones -f ndjson`, 30,000 callouts, beyond start-up',
      callroll: ms(cpuBeyond),
      yardstick: `minimal client: ${ms(leastBeyond)}`,
      ratio: ratio(cpuBeyond / leastBeyond),
      goal: '≤ 1.5×',
      met: cpuBeyond / leastBeyond <= 1.5,
    });
  } finally {
    await emulator.close();
  }
}

async function wireAt40ms() {
  const emulator = await startEmulatorProcess(['--rate-limit', '0', '--latency', '40']);
  try {
    const { meetingId, calloutCount } = emulator.tencent.fixtures.largeCalloutMeeting;
    // The account's documented limit (300 a minute) and the provider's defaults, as a user has them.
    const env = envFor(emulator);
    const [cli, least] = await medians(quick ? 3 : 5, [
      () => measureProcess([bin, 'phones', '-p', 'tencent', '-f', 'ndjson', meetingId], env),
      () => measureProcess([minimal, meetingId], env),
    ]);
    expectLines('callroll', cli.lines, calloutCount);
    rows.push({
      measure: `${calloutCount.toLocaleString('en')} callouts at 40 ms latency, whole process`,
      callroll: ms(cli.wallMs),
      yardstick: `minimal client: ${ms(least.wallMs)}`,
      ratio: ratio(cli.wallMs / least.wallMs),
      goal: '≤ 800 ms',
      met: cli.wallMs <= 800,
    });
  } finally {
    await emulator.close();
  }
}

/** One export to a file: rows/s and peak memory (the file's lines are the rows). */
async function exportOnce(args, env, file, header) {
  const run = await measureProcess(args, env);
  const text = readFileSync(file, 'utf8');
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  rmSync(file);
  return { ...run, rows: lines - header };
}

async function exportAt(count) {
  const emulator = await startEmulatorProcess(['--rate-limit', '0', '--large-callouts', String(count)]);
  try {
    const { meetingId } = emulator.tencent.fixtures.largeCalloutMeeting;
    const env = envFor(emulator, { CALLROLL_TENCENT_REQUESTS_PER_MINUTE: '10000' });
    const file = (format) => join(home, `export.${format}`);
    const phones = (format) => [bin, 'phones', '-p', 'tencent', '-f', format, '-o', file(format), meetingId];
    const results = await medians(quick ? 1 : 3, [
      () => exportOnce(phones('ndjson'), env, file('ndjson'), 0),
      () => exportOnce(phones('csv'), env, file('csv'), 1),
      () => exportOnce([minimal, meetingId, file('min')], env, file('min'), 0),
    ]);
    return results.map((result) => ({ ...result, rowsPerSecond: (count / result.wallMs) * 1000 }));
  } finally {
    await emulator.close();
  }
}

async function exports() {
  const big = quick ? 50_000 : 200_000;
  const small = big / 4;
  const [ndjson, csv, least] = await exportAt(big);
  const [smallNdjson, smallCsv] = await exportAt(small);
  const k = (value) => `${(value / 1000).toFixed(1)}k rows/s`;
  for (const [format, result, smaller] of [
    ['NDJSON', ndjson, smallNdjson],
    ['CSV', csv, smallCsv],
  ]) {
    rows.push({
      measure: `${big.toLocaleString('en')}-row export to a file, ${format}`,
      callroll: `${k(result.rowsPerSecond)}, ${mib(result.rssMiB)} peak (${mib(smaller.rssMiB)} at ${small.toLocaleString('en')})`,
      yardstick: `minimal client: ${k(least.rowsPerSecond)}, ${mib(least.rssMiB)}`,
      ratio: ratio(least.rowsPerSecond / result.rowsPerSecond),
      goal: '≥ 100k rows/s, ≤ 100 MB, flat in N',
      met: result.rowsPerSecond >= 100_000 && result.rssMiB <= 100 && result.rssMiB - smaller.rssMiB <= 15,
    });
  }
}

function extension() {
  const bundle = statSync(path('../apps/vscode/dist/extension.cjs')).size;
  const e2e = path('../apps/vscode/test-output/e2e');
  let runs = [];
  try {
    runs = readdirSync(e2e).filter((name) => existsSync(join(e2e, name, 'figures.json')));
  } catch {}
  const latest = runs.sort().at(-1);
  const activation = latest
    ? JSON.parse(readFileSync(join(e2e, latest, 'figures.json'), 'utf8'))['activation (extension host)']
    : undefined;
  rows.push({
    measure: 'VS Code extension bundle / activation in the extension host',
    callroll: `${Math.round(bundle / 1024)} KiB / ${activation ?? 'n/a'}`,
    yardstick: latest ? `activation from the e2e run ${latest}` : 'activation: run `pnpm test:e2e` first',
    ratio: '',
    goal: '≤ 500 KB / ≤ 150 ms',
    met: bundle <= 500_000 && (activation === undefined ? undefined : Number.parseFloat(activation) <= 150),
  });
}

try {
  await startUpAndCpu();
  await wireAt40ms();
  await exports();
  extension();
  const mark = (met) => (met === undefined ? '' : met ? 'yes' : 'NO');
  console.log(
    '| measure | callroll | yardstick | ratio | goal | met |\n| --- | --- | --- | --- | --- | --- |',
  );
  for (const row of rows) {
    console.log(
      `| ${row.measure} | ${row.callroll} | ${row.yardstick} | ${row.ratio} | ${row.goal} | ${mark(row.met)} |`,
    );
  }
} finally {
  removeScratch();
  rmSync(home, { recursive: true, force: true });
}
