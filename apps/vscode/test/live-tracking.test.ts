import { type PhoneStatus, placeCallouts } from '@callroll/core';
import { type Emulator, startEmulator } from '@callroll/emulator';
import { tencentSettingsSchema } from '@callroll/provider-tencent';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LiveTracking } from '../src/live/live-tracking.js';
import { AccountNode } from '../src/tree/account-node.js';
import { LoadMoreNode } from '../src/tree/load-more-node.js';
import { MeetingNode } from '../src/tree/meeting-node.js';
import { PhoneListingNode } from '../src/tree/phone-listing-node.js';
import { StatusGroupNode } from '../src/tree/status-group-node.js';
import type { TreeNode } from '../src/tree/tree-node.js';
import { ManualClock, until } from './support/manual-clock.js';
import { child, childrenOf, treeHarness } from './support/tree-harness.js';

// A frozen data clock that the trackers' waits move on: calls ring, connect and end as they would,
// and no test sleeps. Seeded calls of live meetings move too (liveCalloutProgress).
let emulator: Emulator;
const trackings: LiveTracking[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    seed: 'vscode-live',
    scenario: { timeFrozen: true, calloutRingMs: 5_000, liveCalloutProgress: true },
  });
});
afterAll(async () => {
  await emulator?.close();
});
afterEach(() => {
  for (const tracking of trackings.splice(0)) tracking.dispose();
  emulator.reset();
});

/**
 * The tree with live tracking wired as `activate` wires it, its waits in the test's hands. The
 * client's own limit counts real time, which these tests do not spend: all but the budget's test
 * raise it (the tracker's interval stays the setting's 30 s), and turn the emulator's off.
 */
async function liveTree(options: { groupByStatus?: boolean; requestsPerMinute?: number } = {}) {
  const harness = treeHarness(options);
  const clock = new ManualClock(emulator);
  // The service's limit too, then: rounds come sooner than the budget of 300 would allow.
  emulator.setScenario({ rateLimitPerMinute: options.requestsPerMinute === 300 ? 300 : 0 });
  const live = new LiveTracking({
    root: harness.root,
    log: harness.log,
    sleep: clock.sleep,
    clock: clock.clock,
    now: clock.now,
  });
  trackings.push(live);
  harness.context.opened = (node) => live.opened(node);
  live.configure({ visible: true, intervalSeconds: 30 });
  const { credentials, baseURL } = emulator.tencent;
  await harness.store.add(
    {
      provider: 'tencent',
      label: 'Emulator',
      settings: { ...credentials, baseURL, requestsPerMinute: options.requestsPerMinute ?? 3_000 },
    },
    tencentSettingsSchema,
  );
  harness.accounts.sync();
  const [account] = harness.root.children();
  if (!(account instanceof AccountNode)) throw new Error('no account row');
  const group = await child(account, 'Live and upcoming');
  return { harness, clock, live, account, group };
}

async function findMeeting(group: TreeNode, topic: string): Promise<MeetingNode> {
  for (let round = 0; round < 10; round++) {
    const children = await childrenOf(group);
    const found = children.find((node) => node instanceof MeetingNode && node.meeting.topic === topic);
    if (found instanceof MeetingNode) return found;
    const more = children.find((node) => node instanceof LoadMoreNode);
    if (!(more instanceof LoadMoreNode)) break;
    await more.list.loadMore();
  }
  throw new Error(`no meeting "${topic}"`);
}

/** Opens a meeting as VS Code does (its children asked for), and returns its phone list. */
async function open(meeting: MeetingNode): Promise<PhoneListingNode> {
  const [phones] = await childrenOf(meeting);
  if (!(phones instanceof PhoneListingNode)) throw new Error('no phone list');
  return phones;
}

const sessionOf = (live: LiveTracking, meeting: MeetingNode) =>
  live.running.find((session) => session.node === meeting);

async function roundsDone(live: LiveTracking, meeting: MeetingNode, rounds: number) {
  await until(() => (sessionOf(live, meeting)?.rounds ?? 0) >= rounds, `round ${rounds} of ${meeting.id}`);
}

const rowText = (row: TreeNode | undefined) => `${row?.view().label} ${row?.view().description ?? ''}`;

// The rounds over 10,000 calls are CPU-bound: alone a test takes 2-4 s, but on two cores under the
// whole turbo run (every package's tests at once) up to 20 s, the default timeout. `until` still
// gives up on a round that never comes.
describe('live tracking through the core tracker', { timeout: 60_000 }, () => {
  it('keeps a live 10,000-call meeting within half of Tencent’s 300 a minute, grouped, with the loaded set kept', async () => {
    const { live, clock, group } = await liveTree({ requestsPerMinute: 300 });
    const meeting = await findMeeting(group, emulator.tencent.fixtures.largeCalloutMeeting.subject);
    const phones = await open(meeting);
    // The groups wait for the tracker's first round, which reads every line: no second whole read.
    await roundsDone(live, meeting, 1);
    const groups = (await childrenOf(phones)) as StatusGroupNode[];
    expect(groups.every((node) => node instanceof StatusGroupNode)).toBe(true);
    expect(groups.reduce((sum, node) => sum + node.count, 0)).toBe(10_000);
    expect(meeting.view().description).toMatch(/^10,000 calls · .*updated \d\d:\d\d:\d\d/);
    const unanswered = groups.find((node) => node.status === 'unanswered') as StatusGroupNode;
    await unanswered.loadMore();
    expect(await childrenOf(unanswered)).toHaveLength(201);

    const before = emulator.stats.requests;
    const waited = await clock.elapse();
    await roundsDone(live, meeting, 2);
    const perMinute = ((emulator.stats.requests - before) * 60_000) / waited;
    // 100 pages and the meeting's status a round, a round a minute: 101 of the 150 allowed.
    expect(waited).toBe(60_000);
    expect(perMinute).toBe(101);
    expect(sessionOf(live, meeting)?.options.share).toBe(0.5);
    expect(emulator.stats.rateLimited).toBe(0);

    // The same group rows, showing as many as before.
    const after = (await childrenOf(phones)) as StatusGroupNode[];
    expect(after.find((node) => node.status === 'unanswered')).toBe(unanswered);
    expect((await childrenOf(unanswered)).length).toBe(Math.min(201, unanswered.count + 1));
  });

  it('marks a new call and shows it first in its status group, then what it moved from', async () => {
    const { live, clock, group } = await liveTree();
    const meeting = await findMeeting(group, emulator.tencent.fixtures.largeCalloutMeeting.subject);
    const phones = await open(meeting);
    await roundsDone(live, meeting, 1);
    const provider = await meeting.account.provider();
    // Ends in 9: rings for 5 s, then goes unanswered.
    await placeCallouts(provider, meeting.meeting.id, [{ number: '+8613900139009' }]);
    await live.callsPlaced(meeting);
    await clock.elapse();
    await roundsDone(live, meeting, 2);
    const groupOf = async (status: PhoneStatus) =>
      ((await childrenOf(phones)) as StatusGroupNode[]).find(
        (node) => node.status === status,
      ) as StatusGroupNode;
    const [first] = await childrenOf(await groupOf('calling'));
    expect(rowText(first)).toMatch(/^\+86 139\*{4}9009 ● new/);
    expect(first?.view().contextValue).toContain('changed');

    await clock.elapse();
    await roundsDone(live, meeting, 3);
    const [moved] = await childrenOf(await groupOf('unanswered'));
    expect(rowText(moved)).toMatch(/^\+86 139\*{4}9009 ● new/);
    // A seeded call that hung up since: marked with the status it left, at the top of its group.
    const [ended] = await childrenOf(await groupOf('ended'));
    expect(rowText(ended)).toMatch(/● was Connected/);
  });

  it('keeps a flat list’s 600 loaded rows, puts a new call on top, and lets its mark fade a minute after its last move', async () => {
    const { live, clock, group } = await liveTree({ groupByStatus: false });
    const meeting = await findMeeting(group, emulator.tencent.fixtures.largeCalloutMeeting.subject);
    const phones = await open(meeting);
    await childrenOf(phones);
    await phones.loadMore();
    await roundsDone(live, meeting, 1);
    let rows = await childrenOf(phones);
    expect(rows).toHaveLength(601);
    expect(rows[600]?.view().description).toBe('600 of 10,000 shown');

    await placeCallouts(await meeting.account.provider(), meeting.meeting.id, [{ number: '+8613900139007' }]);
    await live.callsPlaced(meeting);
    await clock.elapse();
    await roundsDone(live, meeting, 2);
    rows = await childrenOf(phones);
    expect(rows).toHaveLength(601);
    expect(rowText(rows[0])).toMatch(/^\+86 139\*{4}9007 ● new · Calling/);
    expect(rows[600]?.view().description).toBe('600 of 10,001 shown');
    expect(phones.view().label).toBe('Phone participants (10,001)');

    // "Load more" shows rows already read: no request.
    const requests = emulator.stats.requests;
    await (rows[600] as LoadMoreNode).list.loadMore();
    expect(await childrenOf(phones)).toHaveLength(1_101);
    expect(emulator.stats.requests).toBe(requests);

    // It connects at the next round (a move marks it anew); a minute after that it is just a row again.
    await clock.elapse();
    await roundsDone(live, meeting, 3);
    expect(rowText((await childrenOf(phones))[0])).toMatch(/^\+86 139\*{4}9007 ● new · Connected/);
    await clock.elapse();
    await clock.elapse();
    await roundsDone(live, meeting, 5);
    const marked = (await childrenOf(phones)).filter((row) => row.view().contextValue.includes('changed'));
    expect(marked.map(rowText).filter((text) => text.includes('139****9007'))).toEqual([]);
  });

  it('runs one tracker per open live meeting, shares the account’s budget, and stops on collapse or a hidden view', async () => {
    const { live, account, group } = await liveTree();
    const { largeCalloutMeeting, everyStatusMeeting } = emulator.tencent.fixtures;
    const big = await findMeeting(group, largeCalloutMeeting.subject);
    const small = await findMeeting(group, everyStatusMeeting.subject);
    await open(big);
    expect(live.running.map((session) => session.options.share)).toEqual([0.5]);
    await open(small);
    expect(live.running.map((session) => session.options.share)).toEqual([0.25, 0.25]);

    live.collapsed(small);
    expect(live.running.map((session) => [session.node, session.options.share])).toEqual([[big, 0.5]]);
    live.collapsed(account);
    expect(live.running).toHaveLength(0);
    live.expanded(account);
    expect(live.running).toHaveLength(1);
    live.configure({ visible: false });
    expect(live.running).toHaveLength(0);
    live.configure({ visible: true });
    expect(live.running).toHaveLength(1);
    live.configure({ intervalSeconds: 0 });
    expect(live.running).toHaveLength(0);

    // Collapsed and opened again: the rows it had are still there.
    const phones = big.phoneListing as PhoneListingNode;
    live.configure({ intervalSeconds: 30 });
    await roundsDone(live, big, 1);
    live.collapsed(big);
    live.expanded(big);
    expect(big.phoneListing).toBe(phones);
    expect(phones.complete).toBe(true);
  });
});

describe('live tracking after a refresh', () => {
  it('stops the tracker of a meeting read afresh and follows the new row once it opens', async () => {
    const { live, account, group } = await liveTree();
    const meeting = await findMeeting(group, emulator.tencent.fixtures.everyStatusMeeting.subject);
    await open(meeting);
    await roundsDone(live, meeting, 1);
    account.refresh();
    live.sync();
    expect(live.running).toHaveLength(0);
    const again = await findMeeting(await child(account, 'Live and upcoming'), meeting.meeting.topic ?? '');
    expect(again).not.toBe(meeting);
    live.expanded(again);
    await open(again);
    expect(live.running.map((session) => session.node)).toEqual([again]);
  });
});
