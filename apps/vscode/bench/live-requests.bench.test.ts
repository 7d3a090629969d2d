import { startEmulator } from '@callroll/emulator';
import { tencentSettingsSchema } from '@callroll/provider-tencent';
import { expect, it } from 'vitest';
import { LiveTracking } from '../src/live/live-tracking.js';
import { AccountNode } from '../src/tree/account-node.js';
import { LoadMoreNode } from '../src/tree/load-more-node.js';
import { MeetingNode } from '../src/tree/meeting-node.js';
import { child, childrenOf, treeHarness } from '../test/support/tree-harness.js';

const minutes = Number(process.env.CALLROLL_BENCH_MINUTES ?? 3);

/**
 * The requests a minute that an open live 10,000-callout meeting costs, in real time: the tree as
 * `activate` wires it, the live tracker at the default `callroll.liveRefreshSeconds` (30), the
 * emulator with Tencent's 300 a minute and 40 ms an answer. Counted at the emulator.
 */
it(`counts the requests of an open live 10,000-callout meeting over ${minutes} minute(s)`, async () => {
  const emulator = await startEmulator({ seed: 'vscode-bench', scenario: { latencyMs: 40 } });
  const harness = treeHarness();
  const live = new LiveTracking({ root: harness.root, log: harness.log });
  harness.context.opened = (node) => live.opened(node);
  live.configure({ visible: true, intervalSeconds: 30 });
  try {
    const { credentials, baseURL } = emulator.tencent;
    await harness.store.add(
      { provider: 'tencent', label: 'Bench', settings: { ...credentials, baseURL } },
      tencentSettingsSchema,
    );
    harness.accounts.sync();
    const [account] = harness.root.children();
    if (!(account instanceof AccountNode)) throw new Error('no account');
    const group = await child(account, 'Live and upcoming');
    const topic = emulator.tencent.fixtures.largeCalloutMeeting.subject;
    let meeting: MeetingNode | undefined;
    for (let round = 0; round < 10 && !meeting; round++) {
      const rows = await childrenOf(group);
      meeting = rows.find(
        (row): row is MeetingNode => row instanceof MeetingNode && row.meeting.topic === topic,
      );
      const more = rows.find((row) => row instanceof LoadMoreNode);
      if (!meeting && more instanceof LoadMoreNode) await more.list.loadMore();
    }
    if (!meeting) throw new Error('no meeting');
    const opened = emulator.stats.requests;
    await childrenOf(meeting);
    const perMinute: number[] = [];
    let last = emulator.stats.requests;
    for (let minute = 0; minute < minutes; minute++) {
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      perMinute.push(emulator.stats.requests - last);
      last = emulator.stats.requests;
    }
    const rounds = live.running[0]?.rounds ?? 0;
    console.log(
      `live 10,000-callout meeting: ${perMinute.join(', ')} requests in each of ${minutes} real minute(s) after opening it (${opened} before, to list the meetings); ${rounds} rounds; rate-limited ${emulator.stats.rateLimited}`,
    );
    expect(Math.max(...perMinute)).toBeLessThanOrEqual(150);
    expect(emulator.stats.rateLimited).toBe(0);
  } finally {
    live.dispose();
    await emulator.close();
  }
});
