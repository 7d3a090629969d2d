import type { Emulator } from '@callroll/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCallroll } from './support/run-callroll.js';
import { runInTerminal } from './support/run-in-terminal.js';
import { startTestEmulator, systecEnv, tencentEnv } from './support/test-servers.js';

type Row = Record<string, string | number | null>;

let emulator: Emulator;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  emulator.setScenario({ timeFrozen: true, calloutRingMs: 5_000 });
  env = tencentEnv(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.setScenario({ rateLimitPerDay: 0 }));

const live = () => emulator.tencent.fixtures.liveMeeting.meetingId;
const rowsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Row);
/** Distinct mobiles that ring until cancelled (last digit 0). */
const ringing = (count: number, block: number) =>
  Array.from({ length: count }, (_, index) => `+86137${String(block * 1000 + index).padStart(7, '0')}0`);
const callout = (args: string[], extraEnv: Record<string, string> = {}) =>
  runCallroll(['callout', '-p', 'tencent', ...args], { env: { ...env, ...extraEnv } });
const phones = async (meetingId: string) =>
  rowsOf((await runCallroll(['phones', '-p', 'tencent', meetingId], { env })).stdout);

describe('callroll callout', () => {
  it('refuses to call without --yes when no terminal can ask, calling nothing', async () => {
    const before = emulator.stats.requests;
    const result = await callout([live(), '13700000001']);
    expect(result.code).toBe(21);
    expect(result.stderr).toBe(
      'callroll: callout rings real phones, and the calls are charged: run it on a terminal to confirm, or pass --yes.\n',
    );
    // The meeting was looked up; nothing was posted.
    expect(emulator.stats.requests - before).toBe(1);
    expect((await phones(live())).some((row) => row.e164 === '+8613700000001')).toBe(false);
  }, 60_000);

  it('places 45 numbers with --yes in two requests of at most 30, and says each was placed', async () => {
    const numbers = ringing(45, 1);
    const before = emulator.stats.requests;
    const result = await callout([live(), ...numbers, '--yes']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // The meeting, then two batches.
    expect(emulator.stats.requests - before).toBe(3);
    const rows = rowsOf(result.stdout);
    expect(rows.map((row) => row.e164)).toEqual(numbers);
    expect(rows.every((row) => row.result === 'placed' && row.reason === null)).toBe(true);
    expect(rows.map((row) => row.batch)).toEqual([...Array(30).fill(1), ...Array(15).fill(2)]);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'phone',
      'e164',
      'extension',
      'name',
      'result',
      'reason',
      'batch',
    ]);
  });

  it('refuses numbers it cannot call before any request, each with its reason', async () => {
    const before = emulator.stats.requests;
    const result = await callout([
      live(),
      'call-me',
      '+44 20 7946 0958',
      '88886666',
      '+8613700000002',
      '--yes',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'callroll: Cannot call "call-me" (not a phone number); "+44 20 7946 0958" (+44 cannot be called; only +86, +852, +1); "88886666" (a national number: write it as +86… or give --area). Nothing was called. Run "callroll callout --help" for the usage.\n',
    );
    expect(emulator.stats.requests).toBe(before);
    const chinese = await callout([live(), 'call-me', '--yes'], { CALLROLL_LANG: 'zh-CN' });
    expect(chinese.stderr).toContain('无法呼叫 "call-me"（不是电话号码）。没有呼叫任何号码。');
  }, 60_000);

  it('reads national numbers with --area, 11-digit mobiles as +86, and extensions', async () => {
    const result = await callout([live(), '13700000010', '+86 10 8888 6660 ext. 12', '--yes']);
    expect(result.code).toBe(0);
    expect(rowsOf(result.stdout).map((row) => [row.e164, row.extension, row.result])).toEqual([
      ['+8613700000010', null, 'placed'],
      ['+861088886660', '12', 'placed'],
    ]);
    // --area reads every national number of the command line, a mobile's too.
    const hongKong = await callout([live(), '--area', '852', '6123 4560', '--yes']);
    expect(rowsOf(hongKong.stdout).map((row) => row.e164)).toEqual(['+85261234560']);
    const mixed = await callout([live(), '--area', '852', '13700000011', '--yes']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('"13700000011" (not a valid number of +852)');
  }, 60_000);

  it('reports a number Tencent refuses with its reason, and exits 20', async () => {
    await callout([live(), '13700000020', '--yes']);
    const result = await callout([live(), '13700000020', '13700000030', '--yes', '-f', 'table']);
    expect(result.code).toBe(20);
    const [header, , first, second] = result.stdout.split('\n');
    expect(header).toMatch(/^number\s+result\s+reason\s+batch$/);
    expect(first).toMatch(/^\+86 13700000020\s+refused\s+该号码正在呼叫中或已在会中。\s+1$/);
    expect(second).toMatch(/^\+86 13700000030\s+placed\s+1$/);
    expect(result.stderr).toBe('callroll: 1 of 2 placed: 1 refused, 0 failed, 0 not attempted.\n');
  }, 60_000);

  it('stops at a batch that fails, never sends it again, and leaves the rest not attempted', async () => {
    emulator.reset();
    // The day's quota holds the meeting's lookup and one batch; the second batch is refused.
    emulator.setScenario({ rateLimitPerDay: 2 });
    const before = emulator.stats.requests;
    const result = await callout([live(), ...ringing(75, 2), '--yes']);
    expect(emulator.stats.requests - before).toBe(3);
    expect(result.code).toBe(20);
    const rows = rowsOf(result.stdout);
    expect(rows.map((row) => row.result)).toEqual([
      ...Array(30).fill('placed'),
      ...Array(30).fill('failed'),
      ...Array(15).fill('not-attempted'),
    ]);
    expect(rows[30]?.reason).toMatch(/daily limit of API calls is used up \(code 190311\)/);
    expect(rows[74]).toMatchObject({ reason: null, batch: null });
    expect(result.stderr).toMatch(
      /^callroll: 30 of 75 placed: 0 refused, 30 failed, 15 not attempted\. .*190311.* A failed batch may have taken effect in part: check with callroll phones before trying those numbers again\.\n$/,
    );
    emulator.reset();
  });

  it('redials every number whose latest call went unanswered or was cancelled, once, with its name', async () => {
    const { meetingId, subject } = emulator.tencent.fixtures.upcomingMeeting;
    const numbers = ['13900139401', '13900139409', '13900139400', '+86 10 8888 6669 ext. 7'];
    expect((await callout([meetingId, ...numbers, '--name', '前台', '--yes'])).code).toBe(0);
    // 401 is answered, 409 and the landline (…9) go unanswered; 400 rings until cancelled.
    emulator.advanceTime(5_000);
    expect((await runCallroll(['cancel', '-p', 'tencent', meetingId, '13900139400'], { env })).code).toBe(0);

    const redial = await callout([meetingId, '--redial', 'unanswered,cancelled', '--yes']);
    expect(redial.code).toBe(0);
    expect(rowsOf(redial.stdout).map((row) => [row.e164, row.extension, row.name, row.result])).toEqual([
      ['+8613900139409', null, '前台', 'placed'],
      ['+8613900139400', null, '前台', 'placed'],
      ['+861088886669', '7', '前台', 'placed'],
    ]);
    // Their latest calls now ring: nothing more to redial.
    const again = await callout([meetingId, '--redial', 'unanswered', '--redial', 'cancelled', '--yes']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(
      `No number of “${subject}” (${meetingId}) is unanswered or cancelled now: nothing to call.\n`,
    );
  }, 60_000);

  it.each([
    [['--redial', 'gone'], '"gone" is not a phone status'],
    [['--redial', ','], '--redial names no status'],
    [['--name', 'x', '--redial', 'unanswered'], '--name names the numbers given on the command line'],
    [[], '"callout" needs one or more phone numbers, or --redial <status>.'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const result = await callout([live(), ...args, '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('refuses a provider that cannot call out', async () => {
    const result = await runCallroll(['callout', '-p', 'systec', '9195673830', '13700000001', '--yes'], {
      env: systecEnv(emulator),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Systec UMeeting cannot call out or cancel call-outs.');
  });
});

describe('callroll callout on a terminal', () => {
  it('lists what it will call, says the calls are charged, and calls only on yes', async () => {
    const no = runInTerminal(
      ['callout', '-p', 'tencent', live(), '13700000040', '+86 10 8888 6660 ext. 5'],
      env,
    );
    await no.until('[y/N]');
    expect(no.screen).toContain(`Call 2 numbers into “${emulator.tencent.fixtures.liveMeeting.subject}”`);
    expect(no.screen).toContain('+86 13700000040');
    expect(no.screen).toContain('+86 1088886660 ext. 5');
    expect(no.screen).toContain('the calls are charged');
    no.type('n\r');
    expect(await no.exited).toBe(21);
    expect(no.screen).toContain('callroll: Not confirmed: nothing was called.');
    expect((await phones(live())).some((row) => row.e164 === '+8613700000040')).toBe(false);

    const yes = runInTerminal(['callout', '-p', 'tencent', live(), '13700000040'], env);
    await yes.until('[y/N]');
    yes.type('y\r');
    expect(await yes.exited).toBe(0);
    expect(yes.screen).toMatch(/\+86 13700000040\s+placed\s+1/);
  }, 60_000);

  it('stops at the question on Ctrl-C, calling nothing', async () => {
    const run = runInTerminal(['callout', '-p', 'tencent', live(), '13700000050'], env);
    await run.until('[y/N]');
    run.type('\x03');
    expect(await run.exited).toBe(130);
    expect((await phones(live())).some((row) => row.e164 === '+8613700000050')).toBe(false);
  }, 60_000);
});

describe('callroll cancel', () => {
  it('cancels a ringing call-out, and reports one no longer ringing with Tencent’s reason', async () => {
    await callout([live(), '13700000060', '13700000061', '--yes']);
    emulator.advanceTime(5_000);
    const result = await runCallroll(['cancel', '-p', 'tencent', live(), '13700000060', '13700000061'], {
      env,
    });
    expect(result.code).toBe(20);
    const rows = rowsOf(result.stdout);
    expect(rows.map((row) => row.result)).toEqual(['cancelled', 'refused']);
    expect(String(rows[1]?.reason).length).toBeGreaterThan(0);
    expect(result.stderr).toBe('callroll: 1 of 2 cancelled: 1 refused, 0 failed, 0 not attempted.\n');
  }, 60_000);
});
