import type { Emulator } from '@callroll/emulator';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCallroll } from './support/run-callroll.js';
import { startTestEmulator, systecEnv } from './support/test-servers.js';

let emulator: Emulator;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  env = systecEnv(emulator);
});
afterAll(() => emulator.close());

describe('the built-in Systec provider', () => {
  it('exports a meeting of 1,000 calls to CSV whose costs sum to exactly 120.00 yuan', async () => {
    const { costMeeting } = emulator.systec.fixtures;
    const result = await runCallroll(['phones', '--provider', 'systec', costMeeting.meetingId, '-f', 'csv'], {
      env,
    });
    expect(result.code, result.stderr).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1000);
    const fen = rows.reduce((sum, row) => sum + Math.round(Number(row.cost) * 100), 0);
    expect(fen).toBe(costMeeting.totalFen);
    expect(new Set(rows.map((row) => row.currency))).toEqual(new Set(['CNY']));
  });

  it('summarizes a meeting with its exact total cost', async () => {
    const { costMeeting } = emulator.systec.fixtures;
    const result = await runCallroll(
      ['meeting', '--provider', 'systec', costMeeting.meetingId, '-f', 'json'],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { phoneParticipants: number; cost: unknown };
    expect(summary.phoneParticipants).toBe(1000);
    expect(summary.cost).toEqual([{ amount: '120', currency: 'CNY' }]);
  });

  it('refuses a meeting id that is a path, a list or has spaces, with exit code 2 and no request', async () => {
    const { costMeeting } = emulator.systec.fixtures;
    const before = emulator.stats.systec.requests;
    for (const meetingId of [
      '../../share/detail',
      `${costMeeting.meetingId},1`,
      `${costMeeting.meetingId} 1`,
    ]) {
      const result = await runCallroll(['phones', '--provider', 'systec', meetingId], { env });
      expect(result.code, meetingId).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('is not a meeting id or code: must be a meeting number (digits)');
    }
    expect(emulator.stats.systec.requests).toBe(before);
  });

  it('names the missing Systec variables, never a value', async () => {
    const result = await runCallroll(['phones', '--provider', 'systec', '1790001234'], {
      env: { CALLROLL_SYSTEC_API_KEY: 'some-key-value' },
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('CALLROLL_SYSTEC_API_SECRET');
    expect(result.stderr).not.toContain('some-key-value');
  });
});
