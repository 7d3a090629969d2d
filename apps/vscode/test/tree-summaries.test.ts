import type { Meeting } from '@callroll/core';
import { type Emulator, startEmulator } from '@callroll/emulator';
import { systecSettingsSchema } from '@callroll/provider-systec';
import { tencentSettingsSchema } from '@callroll/provider-tencent';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccountNode } from '../src/tree/account-node.js';
import { ErrorNode } from '../src/tree/error-node.js';
import { LoadMoreNode } from '../src/tree/load-more-node.js';
import { MeetingNode } from '../src/tree/meeting-node.js';
import { PhoneListingNode } from '../src/tree/phone-listing-node.js';
import type { PhoneParticipantNode } from '../src/tree/phone-participant-node.js';
import { StatusGroupNode } from '../src/tree/status-group-node.js';
import type { TreeNode } from '../src/tree/tree-node.js';
import { child, childrenOf, treeHarness } from './support/tree-harness.js';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'vscode-summaries', scenario: { rateLimitPerMinute: 0 } });
});
afterAll(async () => {
  await emulator?.close();
});

type Harness = ReturnType<typeof treeHarness>;

const systec = () => emulator.systec;

async function accountOf(harness: Harness, provider: 'tencent' | 'systec', pins: string[] = []) {
  const config =
    provider === 'tencent'
      ? await harness.store.add(
          {
            provider,
            label: 'Tencent',
            settings: { ...emulator.tencent.credentials, baseURL: emulator.tencent.baseURL },
          },
          tencentSettingsSchema,
        )
      : await harness.store.add(
          { provider, label: 'Systec', settings: { ...systec().credentials, baseURL: systec().baseURL } },
          systecSettingsSchema,
        );
  if (pins.length > 0) await harness.store.update(config.id, { pinnedMeetings: pins });
  harness.accounts.sync();
  const [account] = harness.root.children();
  if (!(account instanceof AccountNode)) throw new Error('no account row');
  return account;
}

/** Every meeting of a group, loading it to its end. */
async function allMeetings(group: TreeNode): Promise<Meeting[]> {
  for (let round = 0; round < 200; round++) {
    const children = await childrenOf(group);
    const more = children.find((node) => node instanceof LoadMoreNode);
    if (!(more instanceof LoadMoreNode))
      return children
        .filter((node) => node instanceof MeetingNode)
        .map((node) => (node as MeetingNode).meeting);
    await more.list.loadMore();
  }
  throw new Error(`${group.view().label} did not end`);
}

const starts = (meetings: readonly Meeting[]) => meetings.map((meeting) => meeting.startAt?.getTime() ?? 0);
const descending = (values: readonly number[]) =>
  values.every((value, i) => i === 0 || (values[i - 1] ?? value) >= value);

describe('a meeting at a glance', () => {
  it('sums a pinned Systec meeting on its row from its report, without opening it: 1,000 calls, 120.00 CNY', async () => {
    const harness = treeHarness();
    const { costMeeting } = systec().fixtures;
    const account = await accountOf(harness, 'systec', [costMeeting.meetingId]);
    const pinned = await child(account, 'Pinned meetings');
    const [meeting] = await childrenOf(pinned);
    expect(meeting).toBeInstanceOf(MeetingNode);
    const row = meeting as MeetingNode;
    await vi.waitFor(() => expect(row.summaryState().kind).toBe('ready'));
    expect(row.view().description).toMatch(/^1,000 calls · 120\.00 CNY · /);
    expect(row.view().tooltip).toMatchObject({ markdown: expect.stringContaining('120\\.00 CNY') });
    expect(row.view().tooltip).toMatchObject({ markdown: expect.stringContaining('Total cost') });

    // Opened: the list says the whole meeting's cost at once, not the first page's.
    const [phones] = await childrenOf(row);
    expect(phones).toBeInstanceOf(PhoneListingNode);
    expect(phones?.view().description).toBe('total 120.00 CNY');
    await (phones as PhoneListingNode).readAll();
    const [group] = await childrenOf(phones as TreeNode);
    // Every call ended: one group, open.
    expect(group).toBeInstanceOf(StatusGroupNode);
    expect(group?.view()).toMatchObject({ label: 'Ended (1,000)', collapsible: 'expanded' });
    const rows = await childrenOf(group as TreeNode);
    expect(rows[0]?.view().description).toMatch(/^\d+ min \d+ s · 0\.12 CNY$/);
    expect((rows[0] as PhoneParticipantNode).view().label).toMatch(/\*{3,}/);
  });

  it('reads pinned Systec meetings, and then their summaries, in one call each; a missing one is its own row', async () => {
    const harness = treeHarness();
    const { costMeeting, everyTypeMeeting, missingMeetingId } = systec().fixtures;
    const account = await accountOf(harness, 'systec', [
      costMeeting.meetingId,
      missingMeetingId,
      everyTypeMeeting.meetingId,
    ]);
    const before = emulator.stats.systec.requests;
    const pinned = await child(account, 'Pinned meetings');
    const rows = await childrenOf(pinned);
    expect(rows.map((row) => row.constructor)).toEqual([MeetingNode, ErrorNode, MeetingNode]);
    expect(rows[1]?.view().label).toContain(missingMeetingId);
    await vi.waitFor(() =>
      expect(rows.filter((row) => row instanceof MeetingNode).map((row) => row.summaryState().kind)).toEqual([
        'ready',
        'ready',
      ]),
    );
    expect(emulator.stats.systec.requests - before).toBe(2);
    expect(rows[2]?.view().description).toMatch(
      new RegExp(`^${everyTypeMeeting.callCount.toLocaleString('en')} calls`),
    );

    // A meeting refreshed is summed again, on its own, once the provider's few seconds of reusing
    // a report it just read are over.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 6_000 });
    try {
      const refreshed = rows[0] as MeetingNode;
      refreshed.refresh();
      expect(refreshed.summaryState().kind).toBe('none');
      await vi.waitFor(() => expect(refreshed.summaryState().kind).toBe('ready'));
      expect(emulator.stats.systec.requests - before).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts nothing by itself for Tencent, whose lists do not bring the calls', async () => {
    const harness = treeHarness();
    const { everyStatusMeeting } = emulator.tencent.fixtures;
    const account = await accountOf(harness, 'tencent', [everyStatusMeeting.meetingCode]);
    const [meeting] = await childrenOf(await child(account, 'Pinned meetings'));
    const before = emulator.stats.requests;
    expect(meeting?.view().contextValue).toContain('countable');
    expect((meeting as MeetingNode).summaryState().kind).toBe('none');
    expect(emulator.stats.requests).toBe(before);
  });
});

describe('ended meetings', () => {
  it('come newest first from both providers, though Systec lists them oldest first', async () => {
    for (const provider of ['tencent', 'systec'] as const) {
      const harness = treeHarness({ endedDays: 14 });
      const account = await accountOf(harness, provider);
      const ended = await child(account, /^Ended in the last 14 days/);
      const meetings = await allMeetings(ended);
      expect(meetings.length, provider).toBeGreaterThan(1);
      expect(descending(starts(meetings)), provider).toBe(true);
      expect(new Set(meetings.map((meeting) => `${meeting.id}@${meeting.startAt?.getTime()}`)).size).toBe(
        meetings.length,
      );
    }
    // What the extension puts right: Systec's own first page is oldest first.
    const harness = treeHarness();
    await accountOf(harness, 'systec');
    const [account] = harness.accounts.list();
    const systecProvider = await account?.provider();
    const now = Date.now();
    const page = await systecProvider?.listMeetings?.({
      from: new Date(now - 14 * 86_400_000),
      to: new Date(now),
    });
    const listed = starts(page?.items ?? []);
    expect(listed.length).toBeGreaterThan(1);
    expect(descending(listed)).toBe(false);
  });
});
