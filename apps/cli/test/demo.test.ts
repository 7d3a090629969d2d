import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCallroll } from './support/run-callroll.js';

describe('callroll demo', () => {
  it('runs against its own emulator, shows callouts by status and exports a CSV that parses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callroll-demo-test-'));
    const result = await runCallroll(['demo', '--output-dir', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Phone participants\s+10,000/);
    for (const status of ['calling', 'connected', 'ended', 'unanswered', 'cancelled', 'unknown']) {
      expect(result.stdout).toMatch(new RegExp(`\\n  ${status}\\s+[\\d,]+`));
    }
    expect(result.stdout).toMatch(/\+86 1\d\d\*{4}\d{4}/);
    expect(result.stdout).toContain('Stopped the emulator.');
    const rows = parse(readFileSync(join(dir, 'tencent-callouts.csv'), 'utf8'), {
      columns: true,
    }) as unknown[];
    expect(rows).toHaveLength(10_000);
  });
});
