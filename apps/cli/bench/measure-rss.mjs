// Preloaded with `node --import` into each measured process: on exit, writes the process's peak
// resident memory (resourceUsage().maxRSS, in KiB) to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
