import { afterEach, describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../src/cli/parse-cli-args.js';
import { runCli } from '../src/cli/run-cli.js';
import type { Emulator } from '../src/index.js';
import { VERSION } from '../src/index.js';

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    output: { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text) },
  };
}

describe('callroll-emulator command line', () => {
  it('reads every flag into emulator options', () => {
    const command = parseCliArgs([
      '--port=0',
      '--host',
      '127.0.0.1',
      '--seed',
      'demo',
      '--now',
      '2025-01-02T03:04:05Z',
      '--latency',
      '40',
      '--jitter',
      '10',
      '--fault-rate',
      '0.25',
      '--fault-kinds',
      'server-error,truncated-body',
      '--rate-limit',
      '0',
      '--rate-limit-status',
      '429',
      '--clock-skew=-90',
      '--ring-ms',
      '100',
      '--sdk-id',
      '777',
      '--systec-api-key',
      'key',
      '--systec-api-secret',
      'a+b',
      '--systec-quirks',
      'numeric-ids, empty-end-time',
      '--systec-error-shape',
      'zoom-v1',
      '--systec-times',
      'iso-utc',
      '--systec-rate-limit',
      '1',
      '--systec-rate-limit-status',
      '429',
    ]);
    expect(command).toEqual({
      action: 'start',
      json: false,
      options: {
        port: 0,
        host: '127.0.0.1',
        seed: 'demo',
        now: Date.parse('2025-01-02T03:04:05Z'),
        scenario: {
          latencyMs: 40,
          jitterMs: 10,
          faultRate: 0.25,
          faultKinds: ['server-error', 'truncated-body'],
          rateLimitPerMinute: 0,
          rateLimitStatus: 429,
          clockSkewSeconds: -90,
          calloutRingMs: 100,
          systecQuirks: ['numeric-ids', 'empty-end-time'],
          systecErrorShape: 'zoom-v1',
          systecTimeFormat: 'iso-utc',
          systecRateLimitPerSecond: 1,
          systecRateLimitStatus: 429,
        },
        credentials: { sdkId: '777' },
        systecCredentials: { apiKey: 'key', apiSecret: 'a+b' },
      },
    });
  });

  it('reads the callout, time and limit flags', () => {
    const command = parseCliArgs([
      '--ring-ms',
      '2000',
      '--talk-ms',
      '30000',
      '--live-callouts',
      '--rate-limit-window',
      '2000',
      '--daily-limit',
      '500',
      '--daily-limit-reached',
      '--distinct-new-error-codes',
    ]);
    expect(command.options.scenario).toEqual({
      calloutRingMs: 2_000,
      calloutTalkMs: 30_000,
      liveCalloutProgress: true,
      rateLimitWindowMs: 2_000,
      rateLimitPerDay: 500,
      dailyLimitReached: true,
      distinctNewErrorCodes: true,
    });
    expect(parseCliArgs([]).options.scenario).toEqual({});
    expect(() => parseCliArgs(['--talk-ms', 'long'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--rate-limit-window', '2s'])).toThrow(CliUsageError);
  });

  it('refuses unknown flags and malformed values', () => {
    expect(() => parseCliArgs(['--colour'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--latency', 'fast'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--fault-kinds', 'meteor'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--now', 'someday'])).toThrow(CliUsageError);
    expect(parseCliArgs(['--large-callouts', '200000']).options.largeCalloutCount).toBe(200_000);
    expect(() => parseCliArgs(['--large-callouts', '0'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--large-callouts', '1000001'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--systec-quirks', 'meteor'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--systec-times', 'local'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--systec-rate-limit-status', '500'])).toThrow(CliUsageError);
    expect(parseCliArgs(['--systec-quirks', 'all']).options.scenario?.systecQuirks).toHaveLength(7);
  });

  it('prints help and the version without starting anything', async () => {
    const help = capture();
    expect(await runCli(['--help'], help.output)).toBeUndefined();
    expect(help.out.join('\n')).toContain('--fault-rate');
    for (const flag of [
      '--ring-ms',
      '--talk-ms',
      '--live-callouts',
      '--rate-limit-window',
      '--daily-limit',
    ]) {
      expect(help.out.join('\n')).toContain(flag);
    }
    const version = capture();
    expect(await runCli(['--version'], version.output)).toBeUndefined();
    expect(version.out).toEqual([VERSION]);
  });

  it('starts and prints the URL, the accepted credentials and the fixtures', async () => {
    const { out, output } = capture();
    const emulator = await runCli(['--port', '0', '--latency', '3'], output);
    if (!emulator) throw new Error('expected an emulator');
    running.push(emulator);
    const banner = out.join('\n');
    expect(banner).toContain(emulator.url);
    expect(banner).toContain(emulator.tencent.credentials.secretId);
    expect(banner).toContain(emulator.tencent.credentials.secretKey);
    expect(banner).toContain(emulator.tencent.fixtures.largeCalloutMeeting.meetingId);
    expect(banner).toContain(emulator.systec.baseURL);
    expect(banner).toContain(emulator.systec.credentials.apiKey);
    expect(banner).toContain(emulator.systec.credentials.apiSecret);
    expect(banner).toContain(emulator.systec.fixtures.costMeeting.uuid);
    expect(banner).toContain(String(emulator.systec.fixtures.busyMonth.meetingCount));
    expect(emulator.scenario.latencyMs).toBe(3);
    expect((await fetch(`${emulator.url}/__emulator/scenario`)).status).toBe(200);
  });

  it('prints one JSON line with --json', async () => {
    const { out, output } = capture();
    const emulator = await runCli(['--json', '--seed', 'json'], output);
    if (!emulator) throw new Error('expected an emulator');
    running.push(emulator);
    expect(out).toHaveLength(1);
    const printed = JSON.parse(out[0] ?? '') as { url: string; tencent: unknown; systec: unknown };
    expect(printed.url).toBe(emulator.url);
    expect(printed.tencent).toEqual(JSON.parse(JSON.stringify(emulator.tencent)));
    expect(printed.systec).toEqual(JSON.parse(JSON.stringify(emulator.systec)));
  });

  it('turns a bad scenario value into a usage error', async () => {
    await expect(runCli(['--fault-rate', '3'], capture().output)).rejects.toThrow(CliUsageError);
    await expect(runCli(['--rate-limit-window', '0'], capture().output)).rejects.toThrow(CliUsageError);
  });
});
