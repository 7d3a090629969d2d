import { collect, streamMeetings } from '@callroll/core';
import { type Emulator, startEmulator } from '@callroll/emulator';
import { createSystecUMeeting } from '@callroll/provider-systec';
import { createTencentMeeting } from '@callroll/provider-tencent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCallroll } from './support/run-callroll.js';
import { systecEnv, tencentEnv } from './support/test-servers.js';

// Many meetings at once, as a billing check asks for them: batched reads, partial results in the
// order asked, ids from a file or standard input.
let emulator: Emulator;
let systecIds: string[];
let unreported: string[];
let tencentListed: string[];

const rowsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'cli-many', scenario: { rateLimitPerMinute: 0 } });
  const { busyMonth, missingMeetingId, liveMeeting } = emulator.systec.fixtures;
  const lister = createSystecUMeeting({ ...systecEnvSettings(), requestsPerMinute: 10_000 });
  const month = {
    from: new Date(`${busyMonth.from}T00:00:00+08:00`),
    to: new Date(new Date(`${busyMonth.to}T00:00:00+08:00`).getTime() + 86_400_000),
  };
  const inMonth = (await collect(streamMeetings(lister, month))).map((meeting) => meeting.id);
  // Only those with a report (ended, two or more people): the others are "not found" too.
  const listed = (await lister.getMeetings(inMonth))
    .filter((lookup) => 'meeting' in lookup)
    .map((lookup) => lookup.ref);
  await lister.close();
  unreported = [missingMeetingId, liveMeeting.meetingId];
  // 450 ids: the month's first 448 and two the service does not report, among them.
  systecIds = [
    ...listed.slice(0, 200),
    unreported[0] as string,
    ...listed.slice(200, 448),
    unreported[1] as string,
  ];
  const { credentials, baseURL } = emulator.tencent;
  const tencent = createTencentMeeting({ ...credentials, baseURL, requestsPerMinute: 10_000 });
  const around = {
    from: new Date(Date.now() - 120 * 86_400_000),
    to: new Date(Date.now() + 120 * 86_400_000),
  };
  tencentListed = (await collect(streamMeetings(tencent, around))).map((meeting) => meeting.id);
  await tencent.close();
});
afterAll(() => emulator.close());

function systecEnvSettings() {
  const { credentials, baseURL } = emulator.systec;
  return { apiKey: credentials.apiKey, apiSecret: credentials.apiSecret, baseURL };
}

describe('phones of many Systec meetings', () => {
  it('reads 450 ids in at most 3 report calls, writes every reported one in order, warns of the rest, exits 11', async () => {
    const before = emulator.stats.systec.requests;
    const result = await runCallroll(['phones', '-p', 'systec', '--ids-from', '-', '-f', 'ndjson'], {
      env: systecEnv(emulator),
      stdin: `# a billing check\n${systecIds.join('\n')}\n`,
    });
    expect(result.code, result.stderr).toBe(11);
    expect(emulator.stats.systec.requests - before).toBeLessThanOrEqual(3);
    const rows = rowsOf(result.stdout);
    const errors = rows.filter((row) => 'error' in row);
    expect(errors.map((row) => row.ref)).toEqual(unreported);
    expect(errors[0]).toMatchObject({ error: { kind: 'not-found', exitCode: 6 } });
    // Rows keep the order the meetings were asked in.
    const order = [...new Set(rows.filter((row) => !('error' in row)).map((row) => row.meetingId))];
    const asked = systecIds.filter((id) => !unreported.includes(id));
    expect(order).toEqual(asked.filter((id) => order.includes(id)));
    const warnings = result.stderr.split('\n').filter((line) => line.includes('warning: skipped'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('standard input:');
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      'callroll: 2 of 450 meetings were not found; every other meeting was written.',
    );
  });

  it('stops at the first missing meeting with --fail-fast, as with one meeting', async () => {
    const result = await runCallroll(
      ['phones', '-p', 'systec', '--fail-fast', '-f', 'ndjson', ...systecIds.slice(199, 203)],
      { env: systecEnv(emulator) },
    );
    expect(result.code).toBe(6);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('summarises many meetings, reading each report once', async () => {
    const ids = systecIds.slice(0, 50);
    const before = emulator.stats.systec.requests;
    const result = await runCallroll(['meeting', '-p', 'systec', '-f', 'ndjson', ...ids], {
      env: systecEnv(emulator),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(emulator.stats.systec.requests - before).toBe(1);
    const summaries = rowsOf(result.stdout);
    expect(summaries.map((summary) => summary.id)).toEqual(ids);
    expect(summaries.every((summary) => typeof summary.phoneParticipants === 'number')).toBe(true);
  });
});

describe('phones of many Tencent meetings', () => {
  const tencentIds = () => {
    const listed = tencentListed.slice(0, 19);
    return [...listed.slice(0, 7), emulator.tencent.fixtures.missingMeetingId, ...listed.slice(7)];
  };

  it('writes the 19 that exist in order, warns of the missing one, and exits 11', async () => {
    const ids = tencentIds();
    const result = await runCallroll(['phones', '-p', 'tencent', '-f', 'json', ...ids], {
      env: tencentEnv(emulator),
    });
    expect(result.code, result.stderr).toBe(11);
    const records = JSON.parse(result.stdout) as Record<string, unknown>[];
    const meetingOrder = [...new Set(records.map((record) => (record.meetingId ?? record.ref) as string))];
    expect(meetingOrder).toEqual(ids.filter((id) => meetingOrder.includes(id)));
    expect(records.filter((record) => 'error' in record)).toEqual([
      {
        meetingId: emulator.tencent.fixtures.missingMeetingId,
        ref: emulator.tencent.fixtures.missingMeetingId,
        error: expect.objectContaining({ kind: 'not-found', exitCode: 6 }),
      },
    ]);
    expect(result.stderr).toContain('warning: skipped the meeting of argument 8');
  });

  it('reads a pasted code and its id once, and a duplicate once, with notes', async () => {
    const { liveMeeting } = emulator.tencent.fixtures;
    const code = liveMeeting.meetingCode.replace(/(\d{3})(\d{3})(\d{3})/, '$1-$2-$3');
    const result = await runCallroll(
      ['phones', '-p', 'tencent', '-f', 'ndjson', '--ids-from', '-', liveMeeting.meetingId],
      { env: tencentEnv(emulator), stdin: `#腾讯会议：${code}\n${liveMeeting.meetingId}\n` },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(rowsOf(result.stdout)).toHaveLength(liveMeeting.calloutCount);
    expect(result.stderr).toContain('note: 1 meeting id was given more than once and read once.');
    expect(result.stderr).toContain('note: 1 id named a meeting already asked for');
  });

  it('refuses a malformed line of --ids-from before any request, naming the line', async () => {
    const before = emulator.stats.requests;
    const result = await runCallroll(['phones', '-p', 'tencent', '--ids-from', '-'], {
      env: tencentEnv(emulator),
      stdin: `${emulator.tencent.fixtures.liveMeeting.meetingId}\n\n../../v1/users # not an id\n`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /^callroll: standard input:3: "\.\.\/\.\.\/v1\/users" is not a meeting id/,
    );
    expect(emulator.stats.requests).toBe(before);
  });
});
