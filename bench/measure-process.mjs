// Runs one node process to its end under the usage probe: wall time, CPU time, peak memory and
// the lines it wrote to stdout (drained as fast as a pipe takes them).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const probe = fileURLToPath(new URL('./usage-probe.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'callroll-bench-usage-'));
let runs = 0;

/** `{ wallMs, cpuMs, rssMiB, lines }` of `node <args>`; throws on a non-zero exit. */
export function measureProcess(args, env) {
  const usageFile = join(scratch, `${runs++}.json`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', probe, ...args], {
      env: { ...env, BENCH_USAGE_FILE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
      const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      rmSync(usageFile);
      resolve({ wallMs, cpuMs: usage.cpuMicros / 1000, rssMiB: usage.maxRssKiB / 1024, lines });
    });
  });
}

/** The median of each figure over `times` runs of `measure`, run alternately with the others. */
export async function medians(times, measures) {
  const samples = measures.map(() => []);
  for (let round = 0; round < times; round++) {
    for (const [index, measure] of measures.entries()) samples[index].push(await measure());
  }
  return samples.map((runs) => {
    const middle = (key) => {
      const sorted = runs.map((run) => run[key]).sort((a, b) => a - b);
      const half = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    };
    return {
      wallMs: middle('wallMs'),
      cpuMs: middle('cpuMs'),
      rssMiB: middle('rssMiB'),
      lines: runs[0].lines,
    };
  });
}

export function removeScratch() {
  rmSync(scratch, { recursive: true, force: true });
}
