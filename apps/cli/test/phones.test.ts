import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '@callroll/emulator';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCallroll } from './support/run-callroll.js';
import { startTestEmulator, tencentEnv } from './support/test-servers.js';

type PhoneRow = Record<string, string | number | boolean | null>;

let emulator: Emulator;
let env: Record<string, string>;
const outDir = mkdtempSync(join(tmpdir(), 'callroll-phones-'));

beforeAll(async () => {
  emulator = await startTestEmulator();
  env = tencentEnv(emulator);
});
afterAll(() => emulator.close());

const fixtures = () => emulator.tencent.fixtures;
const statuses = ['calling', 'connected', 'ended', 'unanswered', 'cancelled', 'unknown'];

describe('callroll phones', () => {
  it('streams NDJSON when piped: one object per callout, every status, raw statuses kept', async () => {
    const meeting = fixtures().everyStatusMeeting;
    const result = await runCallroll(['phones', '--provider', 'tencent', meeting.meetingId], { env });
    expect(result.code).toBe(0);
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as PhoneRow);
    expect(rows).toHaveLength(meeting.calloutCount);
    expect(rows.slice(0, 7).map((row) => row.status)).toEqual([
      'calling',
      'connected',
      'unanswered',
      'ended',
      'cancelled',
      'unknown',
      'unknown',
    ]);
    expect(rows[6]?.rawStatus).toBe(fixtures().undocumentedCalloutStatus);
    expect(rows[0]).toMatchObject({
      provider: 'tencent',
      meetingId: meeting.meetingId,
      direction: 'call-out',
    });
    expect(String(rows[0]?.e164)).toMatch(/^\+\d+$/);
  });

  it('writes a JSON array that parses, with the same rows', async () => {
    const meeting = fixtures().everyStatusMeeting;
    const result = await runCallroll(['phones', '-p', 'tencent', '-f', 'json', meeting.meetingId], { env });
    const rows = JSON.parse(result.stdout) as PhoneRow[];
    expect(rows).toHaveLength(meeting.calloutCount);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(statuses));
  });

  it('writes CSV that a CSV parser reads back, with a header of stable keys', async () => {
    const meeting = fixtures().largeCalloutMeeting;
    const result = await runCallroll(['phones', '-p', 'tencent', '-f', 'csv', meeting.meetingId], { env });
    expect(result.code).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(meeting.calloutCount);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'provider',
      'meetingId',
      'participantId',
      'phone',
      'e164',
      'extension',
      'name',
      'direction',
      'rawDirection',
      'status',
      'rawStatus',
      'joinedAt',
      'leftAt',
      'durationSeconds',
      'cost',
      'currency',
    ]);
    // Ids are 20-digit strings: never rounded through a double.
    expect(new Set(rows.map((row) => row.meetingId))).toEqual(new Set([meeting.meetingId]));
    expect(rows.some((row) => row.extension !== '')).toBe(true);
  });

  it('writes a table on request, with localized statuses', async () => {
    const meeting = fixtures().everyStatusMeeting;
    const english = await runCallroll(['phones', '-p', 'tencent', '-f', 'table', meeting.meetingId], { env });
    const [header, rule, first] = english.stdout.split('\n');
    expect(header).toMatch(/^number\s+name\s+direction\s+status/);
    expect(rule).toMatch(/^-+ +-+/);
    expect(first).toContain('calling');
    expect(english.stdout).toContain(`unknown (${fixtures().undocumentedCalloutStatus})`);
    const chinese = await runCallroll(['phones', '-p', 'tencent', '-f', 'table', meeting.meetingId], {
      env: { ...env, CALLROLL_LANG: 'zh-CN' },
    });
    expect(chinese.stdout.split('\n')[0]).toMatch(/^号码\s+名称\s+方向\s+状态/);
    expect(chinese.stdout).toContain('未接听');
  });

  it('masks the middle digits in every format and leaves out the full E.164 number', async () => {
    const meeting = fixtures().everyStatusMeeting;
    const plain = await runCallroll(['phones', '-p', 'tencent', '-f', 'json', meeting.meetingId], { env });
    const numbers = (JSON.parse(plain.stdout) as PhoneRow[]).map((row) => String(row.e164));
    for (const format of ['json', 'ndjson', 'csv', 'table']) {
      const masked = await runCallroll(
        ['phones', '-p', 'tencent', '-f', format, '--mask', meeting.meetingId],
        {
          env,
        },
      );
      expect(masked.code).toBe(0);
      expect(masked.stdout).toMatch(/\+86 1\d\d\*{4}\d{4}/);
      for (const number of numbers) {
        expect(masked.stdout).not.toContain(number);
        expect(masked.stdout).not.toContain(number.replace(/^\+\d{1,3}/, ''));
      }
    }
  });

  it('keeps only the statuses asked for (repeated or comma-separated)', async () => {
    const meeting = fixtures().everyStatusMeeting;
    const result = await runCallroll(
      [
        'phones',
        '-p',
        'tencent',
        meeting.meetingId,
        '--status',
        'unanswered,cancelled',
        '--status',
        'unknown',
      ],
      { env },
    );
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as PhoneRow);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(meeting.calloutCount);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['unanswered', 'cancelled', 'unknown']));
  });

  it('lists several meetings in turn, each row naming its meeting', async () => {
    const { everyStatusMeeting, liveMeeting } = fixtures();
    const result = await runCallroll(
      ['phones', '-p', 'tencent', '-f', 'csv', everyStatusMeeting.meetingId, liveMeeting.meetingId],
      { env },
    );
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(everyStatusMeeting.calloutCount + liveMeeting.calloutCount);
    expect(rows[0]?.meetingId).toBe(everyStatusMeeting.meetingId);
    expect(rows.at(-1)?.meetingId).toBe(liveMeeting.meetingId);
  });

  it('writes to --output in the format its extension names', async () => {
    const meeting = fixtures().everyStatusMeeting;
    for (const [file, read] of [
      ['out.csv', (text: string) => (parse(text, { columns: true }) as unknown[]).length],
      ['out.json', (text: string) => (JSON.parse(text) as unknown[]).length],
      ['out.jsonl', (text: string) => text.trim().split('\n').length],
    ] as const) {
      const path = join(outDir, file);
      const result = await runCallroll(['phones', '-p', 'tencent', meeting.meetingId, '--output', path], {
        env,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(read(readFileSync(path, 'utf8'))).toBe(meeting.calloutCount);
    }
  });

  it('writes an empty listing as a header, an empty array, or nothing', async () => {
    const none = ['phones', '-p', 'tencent', fixtures().upcomingMeeting.meetingId];
    const csv = await runCallroll([...none, '-f', 'csv'], { env });
    expect(csv.code).toBe(0);
    expect(parse(csv.stdout, { columns: true })).toEqual([]);
    expect(csv.stdout).toMatch(/^provider,meetingId/);
    const json = await runCallroll([...none, '-f', 'json'], { env });
    expect(JSON.parse(json.stdout)).toEqual([]);
    const table = await runCallroll([...none, '-f', 'table'], { env });
    expect(table.stdout.trim()).toBe('(no rows)');
  });

  it('logs the requests with --verbose on stderr, secrets redacted, stdout untouched', async () => {
    const meeting = fixtures().liveMeeting;
    const result = await runCallroll(['phones', '-p', 'tencent', '--verbose', meeting.meetingId], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('→ [tencent');
    expect(result.stderr).toContain('← [tencent');
    expect(result.stderr).toContain('/phone/callout');
    expect(result.stderr).toContain('settings of tencent: from the environment CALLROLL_TENCENT_APP_ID');
    expect(result.stderr).not.toContain(env.CALLROLL_TENCENT_SECRET_KEY);
    expect(result.stdout.trim().split('\n')).toHaveLength(meeting.calloutCount);
  });
});
