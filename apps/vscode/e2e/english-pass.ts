import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addAccountThroughForm, englishForm } from './account-form.js';
import { liveSteps } from './live-steps.js';
import { readHostMetrics } from './read-metrics.js';
import { maskedNumber, type RunContext } from './run-context.js';
import { checkNoSecretsWritten } from './secrets-check.js';
import {
  addSystecAccount,
  addTencentAccount,
  filterUnanswered,
  openGroupedMeeting,
  openView,
  type PassWords,
  pinCostMeeting,
} from './shared-steps.js';

export const englishWords: PassWords = {
  form: englishForm,
  welcome: 'Callroll shows the phone participants',
  addAccountButton: 'Add Account',
  connected: (label) => new RegExp(`“${label}” is connected`),
  pinMeeting: 'Pin Meeting',
  pinPrompt: 'Pin a meeting',
  liveGroup: 'Live and upcoming',
  pinnedGroup: /Pinned meetings/,
  phones10000: 'Phone participants (10,000)',
  unansweredGroup: /Unanswered \([\d,]+\)/,
  statusGroups: ['Calling', 'Connected', 'Unanswered', 'Ended', 'Cancelled', 'Unknown'],
  filterCommand: 'Filter Phone Participants',
  filterPrompt: 'Filter the phone participants',
  unanswered: 'Unanswered',
  filtered: /filter “Unanswered”: [\d,]+/,
  wholeCost: /1,000 calls · 120\.00 CNY/,
  listCost: /total 120\.00 CNY/,
};

/** Every step in English, on the first code-server: the tree, the filter, exports, costs, errors. */
export async function englishPass(
  ctx: RunContext,
  outRoot: string,
  secrets: readonly string[],
): Promise<void> {
  const { steps, workbench, page, runDir, figures } = ctx;
  const words = englishWords;
  const big = ctx.emulator.tencent.fixtures.largeCalloutMeeting;
  await steps.step('opens the Callroll view and its welcome', 90_000, () => openView(ctx, words));
  await steps.step('adds a Tencent Meeting account through the form and checks it', 90_000, async () => {
    await page.getByRole('button', { name: words.addAccountButton, exact: true }).click();
    await addTencentAccount(ctx, words, 'Emulator Tencent', {});
    await workbench.waitForRow(words.liveGroup);
  });
  await steps.step('groups the 10,000 phone participants of a meeting by status', 90_000, async () => {
    const ms = await openGroupedMeeting(ctx, words);
    figures['status groups of 10,000 lines at 40 ms (click → visible)'] = `${Math.round(ms)} ms`;
    await workbench.waitForRow(/10,000 calls/, 10_000, 'the meeting row with its whole count');
  });
  await steps.step('pages through one status group', 60_000, async () => {
    const more = workbench.row('Load more');
    await workbench.scrollTreeUntil(workbench.row(maskedNumber).last(), more);
    await workbench.waitForRow(/100 of [\d,]+ shown/, 5_000, 'the group’s "Load more" row');
    await more.click();
    await page.waitForTimeout(500);
    // The tree has the focus (the click on "Load more"): page on from there.
    await workbench.scrollTreeUntil(undefined, workbench.row(/200 of [\d,]+ shown/), 60);
  });
  await steps.step('writes a screenshot of the grouped tree', 30_000, async () => {
    await page.keyboard.press('Home');
    await workbench.waitForRow(big.subject, 10_000, 'the meeting at the top of the tree');
    await workbench.screenshot(join(runDir, 'grouped-tree.png'));
    copyFileSync(join(runDir, 'grouped-tree.png'), join(outRoot, 'tree.png'));
  });
  await steps.step('filters the meeting over every line, and clears the filter', 60_000, async () => {
    await filterUnanswered(ctx, words);
    await workbench.screenshot(join(runDir, 'filter.png'));
    await workbench.contextMenu(workbench.row(words.filtered), 'Clear Filter');
    await workbench.waitForRow(words.unansweredGroup, 10_000, 'the status groups again');
  });
  await accountSteps(ctx, secrets);
}

/** Exports, Systec's whole-meeting cost, a narrow side bar, a third-party provider, errors, secrets. */
async function accountSteps(ctx: RunContext, secrets: readonly string[]): Promise<void> {
  const { steps, workbench, runDir, figures } = ctx;
  const words = englishWords;
  const big = ctx.emulator.tencent.fixtures.largeCalloutMeeting;
  await steps.step("exports a meeting's phone participants and reads the file back", 120_000, () =>
    exportCsv(ctx),
  );
  await liveSteps(ctx);
  await steps.step("shows a Systec meeting's whole cost on its row: 120.00 CNY", 120_000, async () => {
    await workbench.setExpanded(workbench.row('Emulator Tencent'), false);
    await workbench.runCommand('Callroll: Add Account…');
    await addSystecAccount(ctx, words, 'Emulator Systec', {});
    await pinCostMeeting(ctx, words, 'Emulator Systec');
    await workbench.setExpanded(workbench.row(words.wholeCost), true);
    await workbench.waitForRow(words.listCost, 30_000, 'the phone list with the whole cost');
    await workbench.waitForRow(/Ended \(1,000\)/, 30_000, 'the one status group');
    await workbench.waitForRow(/0\.12 CNY/, 30_000, 'a call with its cost');
    await workbench.screenshot(join(runDir, 'systec-cost.png'));
  });
  await steps.step('puts what matters first in a 300 px side bar', 30_000, async () => {
    await workbench.setSidebarWidth(300);
    const description = await workbench
      .row(words.wholeCost)
      .locator('.label-description')
      .first()
      .textContent();
    if (!description?.startsWith('1,000 calls · 120.00 CNY'))
      throw new Error(`the meeting row's description starts with "${description}"`);
    await workbench.screenshot(join(runDir, 'narrow-sidebar.png'));
    await workbench.setSidebarWidth(620);
    await workbench.setExpanded(workbench.row('Emulator Systec'), false);
  });
  await steps.step('registers a third-party provider through the API', 90_000, () => exampleProvider(ctx));
  await steps.step('shows a rejected secret as an error row with Edit account', 90_000, () =>
    rejectedSecret(ctx),
  );
  await steps.step('keeps every secret out of the settings file and the logs', 10_000, async () =>
    checkNoSecretsWritten(ctx.server, secrets, ctx.emulator.tencent.credentials.secretId),
  );
  await steps.step('reads the timings the extension logged in the extension host', 10_000, async () => {
    const metrics = readHostMetrics(ctx.server.userDataDir, big.meetingId);
    if (!metrics.activation || !metrics.firstRows)
      throw new Error(`no metric lines in ${metrics.logFile ?? 'the Callroll log'}`);
    figures['activation (extension host)'] = metrics.activation;
    figures['first rows of the 10,000-callout meeting at 40 ms (extension host)'] = metrics.firstRows;
  });
}

async function exportCsv(ctx: RunContext): Promise<void> {
  const { workbench, page } = ctx;
  const big = ctx.emulator.tencent.fixtures.largeCalloutMeeting;
  await workbench.contextMenu(workbench.row(big.subject), 'Export Phone Participants');
  await workbench.waitForPrompt('Export phone participants');
  await workbench.answer('CSV');
  // The save dialog (VS Code's own, in a browser) offers the workspace folder and a file name.
  await page.waitForFunction(
    () =>
      (document.querySelector('.quick-input-widget input.input') as HTMLInputElement | null)?.value.includes(
        'phone-participants.csv',
      ),
    undefined,
    { timeout: 15_000 },
  );
  await page.locator('.quick-input-widget input.input').press('Enter');
  await workbench.waitForNotification(/Exported 10,000 phone participants/, 90_000);
  const file = join(ctx.workspace, `callroll-${big.meetingCode}-phone-participants.csv`);
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  if (lines.length !== 10_001) throw new Error(`${file} has ${lines.length} lines, not 10,001`);
  if (!lines[0]?.startsWith('provider,meetingId,participantId,phone,e164'))
    throw new Error(`unexpected header: ${lines[0]}`);
  if (!/^tencent,\d+,[^,]*,\+\d+ \d*\*{3,}/.test(lines[1] ?? ''))
    throw new Error(`the export is not masked: ${lines[1]}`);
  await page.keyboard.press('Escape');
}

async function exampleProvider(ctx: RunContext): Promise<void> {
  const { workbench } = ctx;
  await workbench.runCommand('Callroll: Add Account…');
  await addAccountThroughForm(workbench, {
    provider: 'Example Meetings',
    values: { 'Access token': 'example-e2e-token-1' },
    name: 'Example',
  });
  await workbench.waitForRow(/^Example\s*Example Meetings/);
  const meeting = await workbench.waitForRow('Example all-hands', 30_000, "the example provider's meeting");
  await workbench.setExpanded(meeting, true);
  await workbench.waitForRow('Phone participants (250)', 30_000);
  await workbench.setExpanded(workbench.row(/^Example\s*Example Meetings/), false);
}

async function rejectedSecret(ctx: RunContext): Promise<void> {
  const { workbench, page } = ctx;
  await workbench.contextMenu(workbench.row('Emulator Tencent'), 'Edit Account');
  await workbench.waitForPrompt('Edit account');
  await workbench.answer('SecretKey');
  await workbench.waitForPrompt(/Edit account .*: SecretKey/);
  await workbench.answer('wrong-secret-key-e2e');
  await workbench.waitForPrompt('Edit account');
  await page.keyboard.press('Escape');
  await workbench.setExpanded(workbench.row('Emulator Tencent'), true);
  const error = await workbench.waitForRow('Sign-in rejected', 30_000, 'the error row');
  const actions = await error
    .locator('.action-label')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  if (!actions.some((label) => label.includes('Edit Account')))
    throw new Error(`the error row offers no "Edit Account" (actions: ${actions.join(', ')})`);
}
