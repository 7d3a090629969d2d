import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CallOutReport,
  collect,
  type ProviderFactoryV1,
  type ProviderV1,
  phoneParticipantPages,
  toMeetingRecord,
} from '@callroll/core';
import { createReferenceProvider, startReferenceServer } from '@callroll/core/reference';
import { type Emulator, startEmulator } from '@callroll/emulator';
import { tencentMeetingProviderFactory } from '@callroll/provider-tencent';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorNode } from '../src/tree/error-node.js';
import { LoadMoreNode } from '../src/tree/load-more-node.js';
import { MeetingNode } from '../src/tree/meeting-node.js';
import type { PhoneListingNode } from '../src/tree/phone-listing-node.js';
import { PhoneParticipantNode } from '../src/tree/phone-participant-node.js';
import type { TreeNode } from '../src/tree/tree-node.js';
import type { CallrollTreeProvider } from '../src/vscode/callroll-tree-provider.js';
import { answer, messages, pendingAnswers, pick, shownPrompts, type } from './fakes/fake-ui.js';
import { fakeState, Uri, workspace } from './fakes/vscode.js';
import { activateForTest } from './support/activate.js';

let emulator: Emulator;
let host: Awaited<ReturnType<typeof activateForTest>>;
let folder: string;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: 'vscode-commands',
    scenario: { rateLimitPerMinute: 0, calloutRingMs: 60_000 },
  });
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(async () => {
  host = await activateForTest();
  // Live tracking has tests of its own (live-tracking.test.ts); here a call-out reloads the rows shown.
  await workspace.getConfiguration('callroll').update('liveRefreshSeconds', 0);
  folder = mkdtempSync(join(tmpdir(), 'callroll-commands-'));
  fakeState.workspaceFolder = Uri.file(folder);
});
afterEach(() => {
  host.dispose();
  rmSync(folder, { recursive: true, force: true });
  expect(pendingAnswers()).toBe(0);
});

const run = (command: string, ...args: unknown[]) => fakeState.commands.get(command)?.(...args);
const provider = () => fakeState.treeViews[0]?.treeDataProvider as CallrollTreeProvider;

/** Walks the tree by labels (each a prefix), loading "Load more" where a meeting is not there yet. */
async function node(...path: string[]): Promise<TreeNode> {
  let current: TreeNode | undefined;
  for (const label of path) {
    let found: TreeNode | undefined;
    for (let round = 0; round < 10 && !found; round++) {
      const children = await provider().getChildren(current);
      found = children.find((child) => child.view().label.startsWith(label));
      const more = children.find((child) => child instanceof LoadMoreNode);
      if (!found && more instanceof LoadMoreNode) await more.list.loadMore();
      else if (!found)
        throw new Error(`No "${label}" in ${children.map((child) => child.view().label).join(' | ')}`);
    }
    current = found;
  }
  if (!current) throw new Error('empty path');
  return current;
}

/**
 * Answers the "Add account" form for the emulator's Tencent half: the four settings without a
 * default, a name, then the API URL behind "More settings".
 */
function scriptTencentAccount(secretKey = emulator.tencent.credentials.secretKey, name = 'Emulator') {
  const { credentials, baseURL } = emulator.tencent;
  pick('Tencent Meeting');
  type(credentials.appId);
  type(credentials.secretId);
  type(secretKey);
  type(credentials.operatorId);
  type(name);
  pick('More settings');
  pick('API URL');
  type(baseURL);
  pick('Save and check the connection');
}

async function addTencentAccount(secretKey?: string) {
  scriptTencentAccount(secretKey);
  const id = await run('callroll.addAccount');
  expect(typeof id).toBe('string');
  return id as string;
}

function settingsText(): string {
  return JSON.stringify(Object.fromEntries(fakeState.settings));
}

describe('commands against the emulator', () => {
  it('adds an account through the prompts, with its secret in SecretStorage only', async () => {
    const id = await addTencentAccount();
    const accounts = fakeState.settings.get('callroll.accounts') as Array<Record<string, unknown>>;
    expect(accounts).toEqual([
      {
        id,
        provider: 'tencent',
        label: 'Emulator',
        settings: {
          appId: emulator.tencent.credentials.appId,
          secretId: emulator.tencent.credentials.secretId,
          operatorId: emulator.tencent.credentials.operatorId,
          baseURL: emulator.tencent.baseURL,
        },
        pinnedMeetings: [],
      },
    ]);
    expect(settingsText()).not.toContain(emulator.tencent.credentials.secretKey);
    expect(await fakeState.secrets.get(`callroll.account.${id}`)).toContain(
      emulator.tencent.credentials.secretKey,
    );
    expect(fakeState.contextKeys.get('callroll.hasAccounts')).toBe(true);
    expect((await node('Emulator')).view().description).toBe('Tencent Meeting (腾讯会议)');
    // Checked right after saving.
    expect(messages.at(-1)).toEqual({ kind: 'info', text: '“Emulator” is connected.' });
    // Five prompts and a pick to save, not eleven: the rest kept their defaults.
    expect(shownPrompts.filter((prompt) => prompt.kind === 'inputBox')).toHaveLength(6);

    expect(await run('callroll.checkConnection', await node('Emulator'))).toBe(true);
    expect(messages.at(-1)).toEqual({ kind: 'info', text: '“Emulator” is connected.' });
  });

  it('refuses an invalid field in the prompt itself', async () => {
    pick('Tencent Meeting');
    type('not-digits');
    await expect(run('callroll.addAccount')).resolves.toBeUndefined();
    expect(messages.at(-1)?.text).toMatch(/AppId must be the digits of your enterprise AppId/);
    expect(fakeState.settings.has('callroll.accounts')).toBe(false);
  });

  it('edits a secret, and shows the rejected credentials as a row with Edit account', async () => {
    await addTencentAccount();
    pick('SecretKey');
    type('a-wrong-secret-key-000');
    answer('quickPick', undefined); // done editing
    await run('callroll.editAccount', await node('Emulator'));
    expect(settingsText()).not.toContain('a-wrong-secret-key-000');

    const [row] = await provider().getChildren(await node('Emulator', 'Live and upcoming'));
    expect(row).toBeInstanceOf(ErrorNode);
    expect(row?.view().contextValue).toContain('editAccount');

    expect(await run('callroll.checkConnection', await node('Emulator'))).toBe(false);
    expect(messages.at(-1)).toMatchObject({
      kind: 'error',
      text: expect.stringContaining('Sign-in rejected'),
    });
    expect(JSON.stringify(messages)).not.toContain('a-wrong-secret-key-000');
    expect(host.log().join('\n')).not.toContain('a-wrong-secret-key-000');
    expect(host.log().join('\n')).not.toContain(emulator.tencent.credentials.secretKey);
  });

  it('exports a meeting to CSV and JSON, masked by default', async () => {
    await addTencentAccount();
    const { everyStatusMeeting } = emulator.tencent.fixtures;
    const meeting = await node('Emulator', 'Live and upcoming', everyStatusMeeting.subject);
    expect(meeting).toBeInstanceOf(MeetingNode);

    const csvPath = join(folder, 'phones.csv');
    pick('CSV');
    answer('saveDialog', (prompt: { details: { defaultUri?: Uri } }) => {
      expect(prompt.details.defaultUri?.path).toBe(
        join(folder, `callroll-${everyStatusMeeting.meetingCode}-phone-participants.csv`),
      );
      return Uri.file(csvPath);
    });
    await run('callroll.exportPhoneParticipants', meeting);
    const lines = readFileSync(csvPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'provider,meetingId,participantId,phone,e164,extension,name,direction,rawDirection,status,rawStatus,joinedAt,leftAt,durationSeconds,cost,currency',
    );
    expect(lines).toHaveLength(everyStatusMeeting.calloutCount + 1);
    expect(lines[1]).toMatch(/^tencent,\d+,[^,]*,\+\d+ \d*\*{3,}\d+(?: ext\. \d+)?,,/);
    expect(messages.at(-1)?.text).toBe(
      `Exported ${everyStatusMeeting.calloutCount} phone participants to phones.csv.`,
    );

    await fakeState.settings.set('callroll.maskPhoneNumbers', false);
    const jsonPath = join(folder, 'phones.json');
    pick('JSON');
    answer('saveDialog', Uri.file(jsonPath));
    await run('callroll.exportPhoneParticipants', (await provider().getChildren(meeting))[0]);
    const exported = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      meeting: Record<string, unknown>;
      count: number;
      masked: boolean;
      phoneParticipants: Array<{ e164: string | null; status: string; rawStatus: string | null }>;
    };
    // The core's meeting record, as the CLI and the MCP server write a meeting.
    expect(exported.meeting).toEqual(toMeetingRecord((meeting as MeetingNode).meeting));
    expect(exported.meeting.id).toBe(everyStatusMeeting.meetingId);
    expect(exported.count).toBe(everyStatusMeeting.calloutCount);
    expect(exported.masked).toBe(false);
    expect(exported.phoneParticipants[0]?.e164).toMatch(/^\+\d+$/);
    expect(exported.phoneParticipants.map((row) => row.rawStatus)).toContain('INVITE_TIMEOUT');
  });

  it('says how many it exported, and its progress, in the reader’s number format', async () => {
    await addTencentAccount();
    const { largeCalloutMeeting } = emulator.tencent.fixtures;
    const meeting = await node('Emulator', 'Live and upcoming', largeCalloutMeeting.subject);
    pick('CSV');
    answer('saveDialog', Uri.file(join(folder, 'big.csv')));
    await run('callroll.exportPhoneParticipants', meeting);
    expect(messages.at(-1)?.text).toBe('Exported 10,000 phone participants to big.csv.');
    expect(fakeState.progress.map((step) => step.message)).toContain('10,000');
  });

  it('copies numbers and ids, and opens the raw record', async () => {
    await addTencentAccount();
    const { everyStatusMeeting } = emulator.tencent.fixtures;
    const phones = await node(
      'Emulator',
      'Live and upcoming',
      everyStatusMeeting.subject,
      'Phone participants',
    );
    const [row] = await provider().getChildren(phones);
    expect(row).toBeInstanceOf(PhoneParticipantNode);
    const participant = (row as PhoneParticipantNode).participant;

    await run('callroll.copyNumber', row);
    expect(fakeState.clipboard).toBe(
      participant.phone.parsed ? participant.phone.e164 : participant.phone.raw,
    );
    await run('callroll.copyParticipantId', row);
    expect(fakeState.clipboard).toBe(participant.participantId);
    expect(fakeState.statusBar).toEqual(['Number copied', 'Participant id copied']);

    // A read-only document (nothing to save on close), its number masked while masking is on.
    await run('callroll.openRawRecord', row);
    const masked = fakeState.documents.at(-1);
    expect(masked?.uri?.scheme).toBe('callroll-raw');
    expect(masked?.uri?.path).not.toMatch(/\d{7}/);
    expect(masked?.language).toBe('json');
    if (!participant.phone.parsed) throw new Error('expected a parsed number');
    expect(masked?.content).not.toContain(participant.phone.nationalNumber);
    const shown = JSON.parse(masked?.content ?? '') as Record<string, unknown>;
    expect(Object.keys(shown)).toEqual(Object.keys(participant.raw as object));
    expect(String(shown.phone)).toMatch(/\*{3,}/);

    fakeState.settings.set('callroll.maskPhoneNumbers', false);
    await run('callroll.openRawRecord', row);
    expect(JSON.parse(fakeState.documents.at(-1)?.content ?? '')).toEqual(participant.raw);
  });

  it('calls out to a number and cancels the call, each after a confirmation', async () => {
    await addTencentAccount();
    const { liveMeeting } = emulator.tencent.fixtures;
    const meeting = await node('Emulator', 'Live and upcoming', liveMeeting.subject);
    await provider().getChildren(meeting);

    // An 11-digit Chinese mobile without +86 is read as one; the dialog lists it, masked, and the cost.
    type('13900139000');
    answer('warning', (prompt: { text: string; detail?: string }) => {
      expect(prompt.text).toBe(`Call 1 number(s) into “${liveMeeting.subject}”?`);
      expect(prompt.detail).toContain('+86 139****9000');
      expect(prompt.detail).not.toContain('13900139000');
      expect(prompt.detail).toContain('the calls are charged');
      return 'Call';
    });
    const started = (await run('callroll.callOut', meeting)) as CallOutReport;
    expect(started.counts).toEqual({ accepted: 1, refused: 0, failed: 0, 'not-attempted': 0 });
    expect(messages.at(-1)?.text).toBe(`Placed 1 call(s) into “${liveMeeting.subject}”.`);

    const phones = (await provider().getChildren(meeting))[0] as PhoneListingNode;
    const rows = await provider().getChildren(phones);
    const calling = rows.find(
      (row) =>
        row instanceof PhoneParticipantNode &&
        row.participant.phone.parsed &&
        row.participant.phone.e164 === '+8613900139000',
    );
    expect(calling?.view().contextValue).toContain('cancellable');

    answer('warning', 'Cancel call');
    const cancelled = (await run('callroll.cancelCallOut', calling)) as CallOutReport;
    expect(cancelled.counts.accepted).toBe(1);
    expect(messages.at(-1)?.text).toBe('Call to +86 139****9000 cancelled.');

    // Declining the confirmation calls nobody.
    type('+8613900139001');
    answer('warning', undefined);
    expect(await run('callroll.callOut', meeting)).toBeUndefined();
  });

  it('refuses a number it cannot call in the prompt, with the reason', async () => {
    await addTencentAccount();
    const meeting = await node(
      'Emulator',
      'Live and upcoming',
      emulator.tencent.fixtures.liveMeeting.subject,
    );
    type('010 8888 6666, +44 20 7946 0958');
    expect(await run('callroll.callOut', meeting)).toBeUndefined();
    // The fake's input box fails on a refused value; the message is the prompt's own.
    expect(messages.at(-1)?.text).toContain(
      'Not a valid number: 010 8888 6666 (add the country calling code, e.g. +86), +44 20 7946 0958 (the provider does not call this country)',
    );
  });

  it('sends a failed call-out once, never again, and says it failed', async () => {
    await addTencentAccount();
    const meeting = await node(
      'Emulator',
      'Live and upcoming',
      emulator.tencent.fixtures.liveMeeting.subject,
    );
    type('+8613900139003, +8613900139004');
    answer('warning', 'Call');
    emulator.setScenario({ faultRate: 1, faultKinds: ['server-error'] });
    const before = emulator.stats.requests;
    try {
      const report = (await run('callroll.callOut', meeting)) as CallOutReport;
      expect(report.counts).toEqual({ accepted: 0, refused: 0, failed: 2, 'not-attempted': 0 });
      expect(emulator.stats.requests - before).toBe(1);
    } finally {
      emulator.setScenario({ faultRate: 0 });
    }
    expect(messages.at(-1)).toMatchObject({
      kind: 'warning',
      text: expect.stringMatching(
        /0 placed, 0 refused, 2 failed, 0 not attempted\. Failed \(unknown whether called\): /,
      ),
    });
  });

  it('redials the unanswered numbers of a meeting, after a confirmation that lists them', async () => {
    await addTencentAccount();
    const { everyStatusMeeting } = emulator.tencent.fixtures;
    const meeting = (await node('Emulator', 'Live and upcoming', everyStatusMeeting.subject)) as MeetingNode;
    const lines = (
      await collect(phoneParticipantPages(await meeting.account.provider(), meeting.meeting.id))
    ).flat();
    const unanswered = lines.filter((line) => line.status === 'unanswered' && line.phone.parsed);
    expect(unanswered.length).toBeGreaterThan(0);

    let listed = '';
    answer('warning', (prompt: { text: string; detail?: string }) => {
      expect(prompt.text).toMatch(/^Call \d+ unanswered number\(s\) again into “/);
      listed = prompt.detail ?? '';
      return 'Call';
    });
    const report = (await run('callroll.redialUnanswered', meeting)) as CallOutReport;
    expect(report.operation).toBe('start');
    expect(report.outcomes.length).toBeGreaterThan(0);
    expect(report.counts.accepted + report.counts.refused).toBe(report.outcomes.length);
    // Every number called is one whose latest call went unanswered, listed masked in the dialog.
    const numbers = new Set(unanswered.map((line) => (line.phone.parsed ? line.phone.e164 : '')));
    expect(report.outcomes.every((outcome) => numbers.has(outcome.target.number))).toBe(true);
    expect(listed).toMatch(/\+\d+ \d*\*{3,}\d+/);
    expect(listed).toContain('the calls are charged');

    // Called again, they ring now: nothing is left to redial.
    expect(await run('callroll.redialUnanswered', meeting)).toBeUndefined();
    expect(messages.at(-1)?.text).toBe(`No unanswered calls to redial in “${everyStatusMeeting.subject}”.`);
  });

  it('counts the calls of a meeting on demand, with formatted progress, without opening it', async () => {
    await addTencentAccount();
    const { largeCalloutMeeting } = emulator.tencent.fixtures;
    const meeting = await node('Emulator', 'Live and upcoming', largeCalloutMeeting.subject);
    expect(meeting.view().contextValue).toContain('countable');
    fakeState.progress.length = 0;
    const state = (await run('callroll.countCalls', meeting)) as {
      kind: string;
      summary?: { count: number };
    };
    expect(state).toMatchObject({ kind: 'ready', summary: { count: 10_000 } });
    expect(fakeState.progress.at(-1)?.message).toBe('10,000 of 10,000');
    expect(meeting.view().description).toMatch(/^10,000 calls · /);
    expect(meeting.view().contextValue).not.toContain('countable');
    expect((meeting as MeetingNode).phoneListing).toBeUndefined();
  });

  it('filters a meeting by what the person types, and clears the filter', async () => {
    await addTencentAccount();
    const { everyStatusMeeting } = emulator.tencent.fixtures;
    const meeting = await node('Emulator', 'Live and upcoming', everyStatusMeeting.subject);
    type('Unanswered');
    expect(await run('callroll.filterPhoneParticipants', meeting)).toBe('Unanswered');
    const phones = (meeting as MeetingNode).phoneListing as PhoneListingNode;
    const rows = await provider().getChildren(phones);
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every((row) => row instanceof PhoneParticipantNode && row.participant.status === 'unanswered'),
    ).toBe(true);
    expect(phones.view().contextValue).toContain('filtered');
    await run('callroll.clearPhoneFilter', phones);
    expect(phones.filter).toBeUndefined();
    expect(phones.view().contextValue).toBe('phones');
  });

  it('pins and unpins a meeting by code', async () => {
    const id = await addTencentAccount();
    const { endedMeeting } = emulator.tencent.fixtures;
    type(endedMeeting.meetingCode);
    await run('callroll.addPinnedMeeting', await node('Emulator', 'Pinned meetings'));
    const accounts = fakeState.settings.get('callroll.accounts') as Array<{
      id: string;
      pinnedMeetings: string[];
    }>;
    expect(accounts.find((account) => account.id === id)?.pinnedMeetings).toEqual([endedMeeting.meetingCode]);
    const pinned = await node('Emulator', 'Pinned meetings', endedMeeting.subject);
    expect(pinned.view().contextValue).toContain('pinned');

    await run('callroll.removePinnedMeeting', pinned);
    const after = fakeState.settings.get('callroll.accounts') as Array<{ pinnedMeetings: string[] }>;
    expect(after[0]?.pinnedMeetings).toEqual([]);
  });

  it('removes an account and its secrets after a confirmation', async () => {
    const id = await addTencentAccount();
    answer('warning', 'Remove');
    await run('callroll.removeAccount', await node('Emulator'));
    expect(fakeState.settings.has('callroll.accounts')).toBe(false);
    expect(await fakeState.secrets.get(`callroll.account.${id}`)).toBeUndefined();
    expect(fakeState.contextKeys.get('callroll.hasAccounts')).toBe(false);
    expect(await provider().getChildren()).toEqual([]);
  });
});

describe('the API for provider extensions', () => {
  it('takes a provider factory (an "Add account" choice) and a ready provider (an account)', async () => {
    const server = await startReferenceServer();
    try {
      const ready: ProviderV1 = createReferenceProvider({ baseURL: server.url, apiKey: server.apiKey });
      const factory: ProviderFactoryV1 = {
        ...tencentMeetingProviderFactory,
        id: 'acme',
        displayName: 'Acme Meetings',
      };
      const factoryRegistration = host.api.registerProvider(factory);
      const readyRegistration = host.api.registerProvider(ready);

      answer('quickPick', (prompt: { details: Array<{ label: string }> }) => {
        expect(prompt.details.map((item) => item.label)).toEqual([
          'Tencent Meeting (腾讯会议)',
          'Systec UMeeting',
          'Acme Meetings',
        ]);
        return undefined;
      });
      await run('callroll.addAccount');

      const account = await node(ready.displayName);
      expect(account.view().contextValue).toContain('registered');
      const groups = await provider().getChildren(account);
      expect(groups.map((group) => group.view().label)).toContain('Pinned meetings');
      expect(fakeState.contextKeys.get('callroll.hasAccounts')).toBe(true);

      expect(() => host.api.registerProvider(factory)).toThrow(/already registered/);
      expect(() => host.api.registerProvider({ id: 'nope' } as unknown as ProviderV1)).toThrow(/v1 provider/);

      readyRegistration.dispose();
      factoryRegistration.dispose();
      expect(await provider().getChildren()).toEqual([]);
      expect(host.log().some((line) => line.includes('registered by an extension'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('is also returned by the callroll.getApi command', async () => {
    expect(await run('callroll.getApi')).toBe(host.api);
  });
});
