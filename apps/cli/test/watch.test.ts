import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '@callroll/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, runCallroll, startCallroll } from './support/run-callroll.js';
import { runInTerminal } from './support/run-in-terminal.js';
import { startTestEmulator, systecEnv, tencentEnv } from './support/test-servers.js';

type Line = Record<string, unknown> & { type: string; round?: number };

let emulator: Emulator;
let env: Record<string, string>;
const outDir = mkdtempSync(join(tmpdir(), 'callroll-watch-'));

// The emulator's data clock stands still: callouts move only when a test moves it on.
beforeAll(async () => {
  emulator = await startTestEmulator();
  emulator.setScenario({ timeFrozen: true, calloutRingMs: 5_000, calloutTalkMs: 60_000 });
  env = tencentEnv(emulator);
});
afterAll(() => emulator.close());

const fixtures = () => emulator.tencent.fixtures;
const parseLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line);

/** Follows a watch's NDJSON on standard output; `until` resolves on the first line that matches. */
function follow(args: string[]) {
  const child = startCallroll(['watch', '-p', 'tencent', ...args], { env });
  const result = finished(child);
  const lines: Line[] = [];
  let buffer = '';
  const waiters: { test: (line: Line) => boolean; resolve: () => void }[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = JSON.parse(buffer.slice(0, end)) as Line;
      buffer = buffer.slice(end + 1);
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (!waiter.test(line)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  const until = (test: (line: Line) => boolean) =>
    lines.some(test) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ test, resolve }));
  return { child, result, lines, until };
}

/** The terminal's escape character, which starts every control sequence. */
const esc = String.fromCharCode(27);
const e164Of = (line: Line) => (line.participant as { e164: string | null } | undefined)?.e164;

describe('callroll watch, NDJSON', () => {
  it('writes every line first, then each change once and in order, and a summary after Ctrl-C', async () => {
    const { meetingId, calloutCount } = fixtures().upcomingMeeting;
    // By the last digit: 1 is answered, 9 goes unanswered, 0 rings until cancelled.
    const numbers = ['+8613900139201', '+8613900139209', '+8613900139200'];
    expect(
      (await runCallroll(['callout', '-p', 'tencent', meetingId, ...numbers, '--yes'], { env })).code,
    ).toBe(0);
    const watch = follow([meetingId, '--interval', '1', '--no-mask']);
    await watch.until((line) => line.type === 'round' && line.round === 1);
    emulator.advanceTime(5_000);
    const story = (number: string) =>
      watch.lines.filter((line) => e164Of(line) === number).map((line) => `${line.from ?? '-'}>${line.to}`);
    await watch.until(() => story('+8613900139209').length === 2);
    expect((await runCallroll(['cancel', '-p', 'tencent', meetingId, '+8613900139200'], { env })).code).toBe(
      0,
    );
    await watch.until(() => story('+8613900139200').length === 2);
    watch.child.kill('SIGINT');
    const { code, stdout, stderr } = await watch.result;

    expect(code).toBe(130);
    expect(stderr.trim()).toBe('callroll: Interrupted.');
    const lines = parseLines(stdout);
    expect(lines.filter((line) => line.round === 1 && line.type === 'added')).toHaveLength(calloutCount + 3);
    expect(story('+8613900139201')).toEqual(['->calling', 'calling>connected']);
    expect(story('+8613900139209')).toEqual(['->calling', 'calling>unanswered']);
    expect(story('+8613900139200')).toEqual(['->calling', 'calling>cancelled']);
    expect(lines.filter((line) => line.type === 'status-changed')).toHaveLength(3);
    const rounds = lines.filter((line) => line.type === 'round').map((line) => line.round);
    expect(rounds).toEqual(rounds.map((_, index) => index + 1));
    expect(lines.at(-1)).toMatchObject({
      type: 'summary',
      meetingId,
      reason: 'interrupted',
      firstLook: calloutCount + 3,
      changes: { added: 0, 'status-changed': 3, removed: 0 },
    });
    const first = lines[0] as Line;
    expect(Object.keys(first)).toEqual(['type', 'meetingId', 'participant', 'from', 'to', 'at', 'round']);
    expect(first.participant).toMatchObject({ provider: 'tencent', meetingId, direction: 'call-out' });
  }, 60_000);

  it('masks numbers unless --no-mask, and keeps the 10,000-callout meeting within half the budget', async () => {
    const { meetingId } = fixtures().largeCalloutMeeting;
    const before = emulator.stats.requests;
    const watch = follow([meetingId]);
    await watch.until((line) => line.type === 'round');
    const requests = emulator.stats.requests - before;
    watch.child.kill('SIGINT');
    await watch.result;
    const round = watch.lines.find((line) => line.type === 'round') as Line;
    // The meeting read once to start with, then 100 pages of 100.
    expect(requests).toBe(101);
    expect(round).toMatchObject({
      lines: 10_000,
      callsThisRound: 100,
      intervalMs: 60_000,
      budget: {
        requestsPerMinute: 300,
        share: 0.5,
        allowedPerMinute: 150,
        callsPerRound: 101,
        callsPerMinute: 101,
      },
    });
    const added = watch.lines.filter((line) => line.type === 'added');
    expect(
      added.every(
        (line) =>
          e164Of(line) === null && /\*{3}/.test(String((line.participant as { phone: string }).phone)),
      ),
    ).toBe(true);
  });

  it('leaves a whole NDJSON file on Ctrl-C in the middle of a round', async () => {
    // Slow pages: the round of 100 pages is still being read when Ctrl-C comes.
    emulator.setScenario({ latencyMs: 100 });
    try {
      const path = join(outDir, 'interrupted.ndjson');
      const before = emulator.stats.requests;
      const child = startCallroll(
        ['watch', '-p', 'tencent', fixtures().largeCalloutMeeting.meetingId, '-o', path],
        {
          env,
        },
      );
      const result = finished(child);
      while (emulator.stats.requests < before + 10) await new Promise((resolve) => setTimeout(resolve, 10));
      child.kill('SIGINT');
      const { code, stderr } = await result;
      expect(code).toBe(130);
      expect(stderr).toBe('callroll: Interrupted.\n');
      const text = readFileSync(path, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      expect(parseLines(text)).toEqual([
        expect.objectContaining({ type: 'summary', reason: 'interrupted', rounds: 0, calls: 0 }),
      ]);
    } finally {
      emulator.setScenario({ latencyMs: 0 });
    }
  });

  it('stops by itself, with exit code 0, once the meeting is over', async () => {
    const { meetingId, calloutCount } = fixtures().endedMeeting;
    const { code, stdout, stderr } = await runCallroll(['watch', '-p', 'tencent', meetingId], { env });
    expect(code).toBe(0);
    expect(stderr).toBe('The meeting is ended: stopped watching.\n');
    const lines = parseLines(stdout);
    expect(lines.slice(-3).map((line) => line.type)).toEqual(['round', 'meeting-ended', 'summary']);
    expect(lines.at(-1)).toMatchObject({ reason: 'meeting-ended', rounds: 1, lines: calloutCount });
  });
});

describe('callroll watch, refused', () => {
  it.each([
    [['--share', '2'], '--share "2" is not a share of the limit'],
    [['--share', '0'], '--share "0" is not a share of the limit'],
    [['--interval', '0.5'], '--interval "0.5" is not a number of seconds from 1 to 3600.'],
    [
      ['-f', 'csv'],
      'watch shows a live view on a terminal or writes NDJSON (-f ndjson); "csv" is neither, here.',
    ],
    [['-f', 'table'], '"table" is neither, here.'],
  ])('%j, before any request, with exit code 2', async (extra, message) => {
    const before = emulator.stats.requests;
    const result = await runCallroll(['watch', '-p', 'tencent', fixtures().liveMeeting.meetingId, ...extra], {
      env,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(emulator.stats.requests).toBe(before);
  });

  it('refuses Systec UMeeting, which has no live data, in both languages', async () => {
    const ref = emulator.systec.fixtures.liveMeeting.meetingId;
    const english = await runCallroll(['watch', '-p', 'systec', ref], { env: systecEnv(emulator) });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(
      'Systec UMeeting cannot follow a live meeting: it reports phone participants only once a meeting ended.',
    );
    const chinese = await runCallroll(['watch', '-p', 'systec', ref], {
      env: { ...systecEnv(emulator), CALLROLL_LANG: 'zh-CN' },
    });
    expect(chinese.code).toBe(2);
    expect(chinese.stderr).toContain('跟踪进行中的会议');
  }, 60_000);
});

describe('callroll watch on a terminal', () => {
  it('redraws the view in place, and leaves the cursor shown after Ctrl-C', async () => {
    const { meetingId, subject } = fixtures().liveMeeting;
    expect(
      (await runCallroll(['callout', '-p', 'tencent', meetingId, '13900139309', '--yes'], { env })).code,
    ).toBe(0);
    const run = runInTerminal(['watch', '-p', 'tencent', meetingId, '--interval', '1'], env);
    await run.until('round 1 at');
    emulator.advanceTime(5_000);
    await run.until('+86 139****9309  calling → unanswered');
    run.type('\x03');
    expect(await run.exited).toBe(130);
    const screen = run.screen;
    expect(screen).toContain(subject);
    expect(screen).toMatch(/status\s+now\s+last round\s+since start/);
    expect(screen).toMatch(/up to 2 calls a round, 120 a minute, within the 150 allowed \(50% of 300\)/);
    // Drawn once, then each redraw goes back up over the lines it wrote and clears below.
    expect(screen).toMatch(new RegExp(`${esc}\\[\\d+F${esc}\\[J`));
    const hidden = screen.lastIndexOf('\x1b[?25l');
    expect(hidden).toBeGreaterThanOrEqual(0);
    expect(screen.lastIndexOf('\x1b[?25h')).toBeGreaterThan(hidden);
    expect(screen).toContain('callroll: Interrupted.');
    // Every line of a drawing fits the 100 columns.
    for (const line of screen.split(/\r?\n/))
      expect(line.replace(new RegExp(`${esc}\\[[0-9;?]*[A-Za-z]`, 'g'), '').length).toBeLessThanOrEqual(99);
  }, 60_000);
});
