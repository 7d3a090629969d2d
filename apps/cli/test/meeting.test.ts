import { type Money, sumMoney } from '@callroll/core';
import { type ReferenceServer, referenceMeetingIds, startReferenceServer } from '@callroll/core/reference';
import type { Emulator } from '@callroll/emulator';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referencePlugin, writeConfig } from './support/config-file.js';
import { runCallroll } from './support/run-callroll.js';
import { startTestEmulator, tencentEnv } from './support/test-servers.js';

interface Summary {
  id: string;
  code: string | null;
  topic: string | null;
  phoneParticipants: number;
  byStatus: Record<string, number>;
  unknownRawStatuses: Record<string, number>;
  durationSeconds: number | null;
  linesWithDuration: number;
  cost: Money[];
}

let emulator: Emulator;
let reference: ReferenceServer;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  reference = await startReferenceServer();
  env = tencentEnv(emulator);
});
afterAll(async () => {
  await emulator.close();
  await reference.close();
});

describe('callroll meeting', () => {
  it('summarizes a Tencent meeting found by its pasted code: counts by status add up', async () => {
    const meeting = emulator.tencent.fixtures.largeCalloutMeeting;
    const pasted = `#腾讯会议：${meeting.meetingCode.slice(0, 3)}-${meeting.meetingCode.slice(3, 6)}-${meeting.meetingCode.slice(6)}`;
    const result = await runCallroll(['meeting', '--provider', 'tencent', '-f', 'json', pasted], { env });
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary).toMatchObject({
      id: meeting.meetingId,
      code: meeting.meetingCode,
      topic: meeting.subject,
    });
    expect(summary.phoneParticipants).toBe(meeting.calloutCount);
    const counted = Object.values(summary.byStatus).reduce((total, count) => total + count, 0);
    expect(counted).toBe(meeting.calloutCount);
    expect(summary.byStatus.unknown).toBe(
      Object.values(summary.unknownRawStatuses).reduce((total, count) => total + count, 0),
    );
    // Tencent reports neither duration nor cost: "not reported", not zero.
    expect(summary.durationSeconds).toBeNull();
    expect(summary.cost).toEqual([]);
  });

  it('sums duration and cost exactly (a provider that reports them, through a plugin)', async () => {
    const config = writeConfig({ plugins: [referencePlugin] });
    const referenceEnv = {
      CALLROLL_REFERENCE_BASE_URL: reference.url,
      CALLROLL_REFERENCE_API_KEY: reference.apiKey,
    };
    const args = ['--config', config, '--provider', 'reference', referenceMeetingIds.weekly];
    const summaryRun = await runCallroll(['meeting', '-f', 'json', ...args], { env: referenceEnv });
    expect(summaryRun.code).toBe(0);
    const summary = JSON.parse(summaryRun.stdout) as Summary;

    const phonesRun = await runCallroll(['phones', '-f', 'json', ...args], { env: referenceEnv });
    const phones = JSON.parse(phonesRun.stdout) as {
      cost: string | null;
      currency: string | null;
      durationSeconds: number | null;
    }[];
    expect(summary.phoneParticipants).toBe(phones.length);
    expect(summary.cost).toEqual(
      sumMoney(
        phones.map((phone) =>
          phone.cost && phone.currency ? { amount: phone.cost, currency: phone.currency } : undefined,
        ),
      ),
    );
    expect(summary.durationSeconds).toBe(
      phones.reduce((total, phone) => total + (phone.durationSeconds ?? 0), 0),
    );

    const table = await runCallroll(['meeting', '-f', 'table', ...args], { env: referenceEnv });
    const [total] = summary.cost;
    expect(table.stdout).toMatch(
      new RegExp(`Total cost\\s+${Number(total?.amount).toFixed(2)} ${total?.currency}`),
    );
  });

  it('writes the summary as one CSV row, one NDJSON line, or a text block', async () => {
    const meeting = emulator.tencent.fixtures.everyStatusMeeting;
    const csv = await runCallroll(['meeting', '-p', 'tencent', '-f', 'csv', meeting.meetingId], { env });
    const [row, ...more] = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(more).toEqual([]);
    expect(row).toMatchObject({ id: meeting.meetingId, phoneParticipants: String(meeting.calloutCount) });
    expect(Number(row?.calling) + Number(row?.connected) + Number(row?.ended)).toBeGreaterThan(0);

    const ndjson = await runCallroll(['meeting', '-p', 'tencent', meeting.meetingId], { env });
    expect(ndjson.stdout.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(ndjson.stdout) as Summary).phoneParticipants).toBe(meeting.calloutCount);

    const table = await runCallroll(['meeting', '-p', 'tencent', '-f', 'table', meeting.meetingId], { env });
    expect(table.stdout).toContain(meeting.subject);
    expect(table.stdout).toMatch(/Phone participants\s+48/);
    expect(table.stdout).toContain(emulator.tencent.fixtures.undocumentedCalloutStatus);
    expect(table.stdout).toMatch(/Total cost\s+not reported by the provider/);
  });
});
