import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '@callroll/emulator';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, startCallroll } from './support/run-callroll.js';
import { startTestEmulator, tencentEnv } from './support/test-servers.js';

let emulator: Emulator;
let env: Record<string, string>;
const outDir = mkdtempSync(join(tmpdir(), 'callroll-interrupt-'));

beforeAll(async () => {
  emulator = await startTestEmulator();
  // Slow pages, so that the export is still running when Ctrl-C comes (10,000 rows take ~100 pages).
  emulator.setScenario({ latencyMs: 150 });
  env = tencentEnv(emulator);
});
afterAll(() => emulator.close());

/** Resolves once the file has some bytes: the export is under way. */
async function untilWritten(path: string): Promise<void> {
  for (;;) {
    try {
      if (statSync(path).size > 0) return;
    } catch {
      // Not created yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('Ctrl-C during an export', () => {
  it.each([
    ['csv', (text: string) => (parse(text, { columns: true }) as Record<string, string>[]).length],
    ['json', (text: string) => (JSON.parse(text) as unknown[]).length],
    [
      'ndjson',
      (text: string) =>
        text
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as unknown).length,
    ],
  ] as const)(
    'stops with exit code 130, leaving a %s file of whole rows that parses',
    async (format, rowsIn) => {
      const meeting = emulator.tencent.fixtures.largeCalloutMeeting;
      const path = join(outDir, `callouts.${format}`);
      const child = startCallroll(['phones', '-p', 'tencent', meeting.meetingId, '-f', format, '-o', path], {
        env,
      });
      const result = finished(child);
      await untilWritten(path);
      child.kill('SIGINT');
      const { code, stderr } = await result;

      expect(code).toBe(130);
      const text = readFileSync(path, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      const rows = rowsIn(text);
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThan(meeting.calloutCount);
      expect(stderr.trim()).toBe(
        `callroll: Interrupted: ${path} holds the ${rows.toLocaleString('en')} whole rows written before.`,
      );
    },
  );

  it('stops a listing to standard output with exit code 130 too', async () => {
    const meeting = emulator.tencent.fixtures.largeCalloutMeeting;
    const child = startCallroll(['phones', '-p', 'tencent', meeting.meetingId], { env });
    const result = finished(child);
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    child.kill('SIGINT');
    const { code, stdout, stderr } = await result;
    expect(code).toBe(130);
    expect(stdout.endsWith('\n')).toBe(true);
    for (const line of stdout.trim().split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(stderr.trim()).toBe('callroll: Interrupted.');
  });

  it('stops the same way on SIGTERM, with exit code 143', async () => {
    const meeting = emulator.tencent.fixtures.largeCalloutMeeting;
    const path = join(outDir, 'terminated.csv');
    const child = startCallroll(['phones', '-p', 'tencent', meeting.meetingId, '-o', path], { env });
    const result = finished(child);
    await untilWritten(path);
    child.kill('SIGTERM');
    expect((await result).code).toBe(143);
    expect(readFileSync(path, 'utf8').endsWith('\r\n')).toBe(true);
  });
});

describe('a reader that closes the pipe early (callroll phones … | head)', () => {
  it('stops quietly with exit code 0', async () => {
    const meeting = emulator.tencent.fixtures.largeCalloutMeeting;
    const child = startCallroll(['phones', '-p', 'tencent', meeting.meetingId], { env });
    const result = finished(child);
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    child.stdout?.destroy();
    const { code, stderr } = await result;
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
