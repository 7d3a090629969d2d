import { type ProviderFactoryV1, settingsField } from '@callroll/core';
import { createReferenceProvider, startReferenceServer } from '@callroll/core/reference';
import { type Emulator, startEmulator } from '@callroll/emulator';
import { tencentSettingsSchema } from '@callroll/provider-tencent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parsePhoneFilter } from '../src/filter/phone-filter.js';
import { phoneStatusOrder } from '../src/format/status-style.js';
import { AccountNode } from '../src/tree/account-node.js';
import { ErrorNode } from '../src/tree/error-node.js';
import { LoadMoreNode } from '../src/tree/load-more-node.js';
import { MeetingGroupNode } from '../src/tree/meeting-group-node.js';
import { MeetingNode } from '../src/tree/meeting-node.js';
import { PhoneListingNode } from '../src/tree/phone-listing-node.js';
import { PhoneParticipantNode } from '../src/tree/phone-participant-node.js';
import { StatusGroupNode } from '../src/tree/status-group-node.js';
import type { TreeNode } from '../src/tree/tree-node.js';
import { formatMessage } from '../src/util/localize.js';
import { child, childrenOf, treeHarness } from './support/tree-harness.js';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 'vscode-tree', scenario: { rateLimitPerMinute: 0 } });
});
afterAll(async () => {
  await emulator?.close();
});

type Harness = ReturnType<typeof treeHarness>;

async function addTencent(harness: Harness, overrides: Record<string, unknown> = {}, label = 'Emulator') {
  const { credentials, baseURL } = emulator.tencent;
  const config = await harness.store.add(
    { provider: 'tencent', label, settings: { ...credentials, baseURL, ...overrides } },
    tencentSettingsSchema,
  );
  harness.accounts.sync();
  return config;
}

async function onlyAccount(harness: Harness): Promise<AccountNode> {
  const [account] = harness.root.children();
  if (!(account instanceof AccountNode)) throw new Error('no account row');
  return account;
}

/** Loads the group until a meeting with this topic shows (groups page in twenties). */
async function findMeeting(group: TreeNode, topic: string): Promise<MeetingNode> {
  for (let round = 0; round < 10; round++) {
    const children = await childrenOf(group);
    const meeting = children.find((node) => node instanceof MeetingNode && node.meeting.topic === topic);
    if (meeting instanceof MeetingNode) return meeting;
    const more = children.find((node) => node instanceof LoadMoreNode);
    if (!(more instanceof LoadMoreNode)) break;
    await more.list.loadMore();
  }
  throw new Error(`meeting "${topic}" not in ${group.view().label}`);
}

async function phoneListing(meeting: MeetingNode): Promise<PhoneListingNode> {
  const [phones] = await childrenOf(meeting);
  if (!(phones instanceof PhoneListingNode)) throw new Error('no phone list');
  return phones;
}

describe('the tree against the emulator', () => {
  it('shows an account, its groups, a live meeting and, in a flat list, its phone participants page by page', async () => {
    const harness = treeHarness({ groupByStatus: false });
    await addTencent(harness);
    const account = await onlyAccount(harness);
    expect(account.view()).toMatchObject({ label: 'Emulator', description: 'Tencent Meeting (腾讯会议)' });
    expect((await childrenOf(account)).map((node) => node.view().label)).toEqual([
      'Live and upcoming',
      'Ended in the last 7 days',
      'Pinned meetings',
    ]);

    const live = await child(account, 'Live and upcoming');
    const { largeCalloutMeeting } = emulator.tencent.fixtures;
    const meeting = await findMeeting(live, largeCalloutMeeting.subject);
    expect(meeting.view().contextValue.split(' ')).toEqual(
      expect.arrayContaining(['meeting', 'callOut', 'live', 'countable']),
    );

    const phones = await phoneListing(meeting);
    expect(phones.view().label).toBe('Phone participants (10,000)');
    expect(phones.view().collapsible).toBe('expanded');
    const rows = await childrenOf(phones);
    expect(rows).toHaveLength(101);
    const more = rows[100];
    expect(more).toBeInstanceOf(LoadMoreNode);
    expect(more?.view()).toMatchObject({ label: 'Load more', description: '100 of 10,000 shown' });

    const first = rows[0] as PhoneParticipantNode;
    expect(first.view().label).toMatch(/^\+\d+ \d*\*+\d+/);
    expect(first.view().tooltip).toMatchObject({ markdown: expect.stringContaining('Status') });
    // The tooltip names the service, not its id.
    expect(first.view().tooltip).toMatchObject({ markdown: expect.stringContaining('Tencent Meeting') });
    const icons = new Set(rows.slice(0, 100).map((row) => row.view().icon?.id));
    expect(icons.size).toBeGreaterThanOrEqual(4);
    expect(harness.log.lines.some((line) => line.includes('metric first-rows: 100 of 10000'))).toBe(true);

    await (more as LoadMoreNode).list.loadMore();
    const after = await childrenOf(phones);
    expect(after).toHaveLength(601);
    expect(after[0]).toBe(first);
    expect(after[600]?.view().description).toBe('600 of 10,000 shown');

    // A reload (after a call-out without live tracking) keeps what is shown, in place.
    await phones.reloadInPlace();
    expect(await childrenOf(phones)).toHaveLength(601);
  });

  it('groups a long phone list by status, with exact counts, and sums the meeting on its row', async () => {
    const harness = treeHarness();
    await addTencent(harness);
    const live = await child(await onlyAccount(harness), 'Live and upcoming');
    const { largeCalloutMeeting } = emulator.tencent.fixtures;
    const meeting = await findMeeting(live, largeCalloutMeeting.subject);
    const phones = await phoneListing(meeting);
    // The first page is there at once; the groups wait for every row.
    const [reading] = await childrenOf(phones);
    expect(reading?.view().label).toBe('Reading every phone participant to group them… 100 of 10,000');
    await phones.readAll();
    const groups = await childrenOf(phones);
    expect(groups.every((group) => group instanceof StatusGroupNode)).toBe(true);
    const statuses = groups.map((group) => (group as StatusGroupNode).status);
    expect(statuses).toEqual(phoneStatusOrder.filter((status) => statuses.includes(status)));
    expect(statuses.length).toBeGreaterThanOrEqual(4);
    const counts = groups.map((group) => (group as StatusGroupNode).count);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(10_000);

    const unanswered = groups.find((group) => (group as StatusGroupNode).status === 'unanswered');
    const count = (unanswered as StatusGroupNode).count;
    expect(unanswered?.view().label).toBe(`Unanswered (${count.toLocaleString('en')})`);
    expect(unanswered?.view().collapsible).toBe('collapsed');
    const rows = await childrenOf(unanswered as TreeNode);
    expect(rows).toHaveLength(101);
    expect(
      rows.slice(0, 100).every((row) => (row as PhoneParticipantNode).participant.status === 'unanswered'),
    ).toBe(true);
    // The group says the status: the rows do not repeat it.
    expect(rows[0]?.view().description ?? '').not.toMatch(/^Unanswered/);
    expect(rows[100]?.view().description).toBe(`100 of ${count.toLocaleString('en')} shown`);
    const requests = emulator.stats.requests;
    await (rows[100] as LoadMoreNode).list.loadMore();
    expect(await childrenOf(unanswered as TreeNode)).toHaveLength(201);
    expect(emulator.stats.requests).toBe(requests);
    // Redrawn, the list keeps its groups, and a group what it shows.
    expect(await childrenOf(phones)).toContain(unanswered);
    expect(await childrenOf(unanswered as TreeNode)).toHaveLength(201);

    const description = meeting.view().description ?? '';
    expect(description).toMatch(/^10,000 calls · /);
    expect(description).toContain(`Unanswered ${count.toLocaleString('en')}`);
    expect(meeting.view().tooltip).toMatchObject({ markdown: expect.stringContaining('Phone participants') });
    expect(meeting.view().contextValue).not.toContain('countable');
  });

  it('filters a meeting over every line: by status, by hidden digits, and says when nothing matches', async () => {
    const harness = treeHarness({ groupByStatus: false });
    await addTencent(harness);
    const live = await child(await onlyAccount(harness), 'Live and upcoming');
    const meeting = await findMeeting(live, emulator.tencent.fixtures.largeCalloutMeeting.subject);
    const phones = await phoneListing(meeting);
    const [firstRow] = await childrenOf(phones);
    const known = (firstRow as PhoneParticipantNode).participant;

    phones.setFilter(parsePhoneFilter('unanswered', formatMessage));
    const unanswered = await childrenOf(phones);
    expect(unanswered).toHaveLength(101);
    expect(
      unanswered
        .slice(0, 100)
        .every((row) => (row as PhoneParticipantNode).participant.status === 'unanswered'),
    ).toBe(true);
    expect(phones.view().description).toMatch(/^filter “unanswered”: [\d,]+\+$/);
    expect(phones.view().contextValue).toBe('phones filtered');

    // Digits the mask hides still find the line; the row still shows it masked.
    if (!known.phone.parsed) throw new Error('expected a parsed number');
    const hidden = known.phone.nationalNumber.slice(2, 8);
    phones.setFilter(parsePhoneFilter(hidden, formatMessage));
    const found = await childrenOf(phones);
    const match = found.find((row) => row instanceof PhoneParticipantNode && row.participant === known);
    expect(match).toBeDefined();
    expect(match?.view().label).not.toContain(hidden);

    phones.setFilter(parsePhoneFilter('nobody at all', formatMessage));
    const none = await childrenOf(phones);
    expect(none.map((row) => row.view().label)).toEqual(['No phone participants match “nobody at all”']);
    expect(phones.complete).toBe(true);

    phones.setFilter(undefined);
    expect(await childrenOf(phones)).toHaveLength(10_000);
  });

  it('names every status, keeps unknown ones, and pins meetings by code', async () => {
    const harness = treeHarness();
    const config = await addTencent(harness);
    const { everyStatusMeeting, missingMeetingCode } = emulator.tencent.fixtures;
    await harness.store.update(config.id, {
      pinnedMeetings: [everyStatusMeeting.meetingCode, missingMeetingCode],
    });
    harness.accounts.sync();
    const account = await onlyAccount(harness);
    const pinned = await child(account, 'Pinned meetings');
    const [meeting, missing] = await childrenOf(pinned);

    expect(meeting).toBeInstanceOf(MeetingNode);
    expect(meeting?.view().contextValue).toContain('pinned');
    const rows = await childrenOf(await phoneListing(meeting as MeetingNode));
    const statuses = rows.slice(0, 7).map((row) =>
      row
        .view()
        .description?.split(' · ')
        .find((part) => /^[A-Z]/.test(part)),
    );
    expect(statuses).toEqual(
      expect.arrayContaining([
        'Calling',
        'Connected',
        'Unanswered',
        'Ended',
        'Cancelled',
        'Unknown',
        'Unknown (INVITE_TIMEOUT)',
      ]),
    );

    expect(missing).toBeInstanceOf(ErrorNode);
    expect(missing?.view().contextValue.split(' ')).toEqual(
      expect.arrayContaining(['error', 'not-found', 'pinned']),
    );
    expect(missing?.view().label).toContain(missingMeetingCode);
  });

  it('shows errors as rows with Retry and, for credentials, Edit account', async () => {
    const harness = treeHarness();
    await addTencent(harness, { secretKey: 'a-wrong-secret-key-000' });
    const account = await onlyAccount(harness);
    const live = await child(account, 'Live and upcoming');
    const [row] = await childrenOf(live);
    expect(row).toBeInstanceOf(ErrorNode);
    expect(row?.view()).toMatchObject({
      label: 'Sign-in rejected: check the account’s credentials',
      command: { command: 'callroll.retry' },
    });
    expect(row?.view().contextValue.split(' ')).toEqual(
      expect.arrayContaining(['authentication', 'editAccount']),
    );
    expect(JSON.stringify(row?.view())).not.toContain('a-wrong-secret-key-000');
  });

  it('asks to edit an account whose secret is missing', async () => {
    const harness = treeHarness();
    const config = await addTencent(harness);
    harness.secrets.values.clear();
    await harness.accounts.secretsChanged(config.id);
    const [row] = await childrenOf(await onlyAccount(harness));
    expect(row).toBeInstanceOf(ErrorNode);
    expect((row as ErrorNode).description).toMatchObject({ kind: 'invalid-input', editAccount: true });
    // The field by its title, as the form asks for it.
    expect(row?.view().label).toContain('SecretKey');
  });

  it('keeps secrets out of settings and out of the request log', async () => {
    const harness = treeHarness();
    await addTencent(harness);
    const live = await child(await onlyAccount(harness), 'Live and upcoming');
    await childrenOf(live);
    const { secretKey } = emulator.tencent.credentials;
    expect(JSON.stringify(harness.settings.value)).not.toContain(secretKey);
    expect([...harness.secrets.values.values()].join()).toContain(secretKey);
    expect(harness.events.length).toBeGreaterThan(0);
    expect(JSON.stringify(harness.events)).not.toContain(secretKey);
  });

  it('waits for a provider that is not registered yet, then uses it', async () => {
    const harness = treeHarness();
    const server = await startReferenceServer();
    try {
      // An account of a provider some extension adds later: the core's reference provider.
      const schema = z.object({
        baseURL: settingsField(z.string(), { title: 'URL', description: 'The service' }),
        apiKey: settingsField(z.string(), { title: 'Key', description: 'The key', secret: true }),
      });
      const factory: ProviderFactoryV1 = {
        specificationVersion: 'v1',
        id: 'reference',
        displayName: 'Reference',
        capabilities: createReferenceProvider({ baseURL: server.url, apiKey: server.apiKey }).capabilities,
        settingsSchema: schema,
        create: (settings) => createReferenceProvider(settings as { baseURL: string; apiKey: string }),
      };
      await harness.store.add(
        { provider: 'reference', label: 'Ref', settings: { baseURL: server.url, apiKey: server.apiKey } },
        schema,
      );
      harness.accounts.sync();
      const account = await onlyAccount(harness);
      const [row] = await childrenOf(account);
      expect((row as ErrorNode).description.kind).toBe('provider-unavailable');

      const registration = harness.registry.register(factory, 'example.extension');
      await new Promise((resolve) => setTimeout(resolve, 10));
      account.refresh();
      const groups = await childrenOf(account);
      expect(groups[0]).toBeInstanceOf(MeetingGroupNode);
      registration.dispose();
    } finally {
      await server.close();
    }
  });
});
