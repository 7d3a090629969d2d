import { addAccountThroughForm, type FormWords } from './account-form.js';
import { maskedNumber, type RunContext } from './run-context.js';

/** The texts the shared steps look for, in one display language. */
export interface PassWords {
  form: FormWords;
  welcome: string;
  addAccountButton: string;
  connected: (label: string) => RegExp;
  pinMeeting: string;
  pinPrompt: string;
  liveGroup: string;
  pinnedGroup: RegExp;
  phones10000: string;
  unansweredGroup: RegExp;
  statusGroups: readonly string[];
  filterCommand: string;
  filterPrompt: string;
  unanswered: string;
  filtered: RegExp;
  wholeCost: RegExp;
  listCost: RegExp;
}

export async function openView(ctx: RunContext, words: PassWords): Promise<void> {
  const { page, workbench, workspace, server } = ctx;
  // A loaded machine takes its time to serve the workbench.
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  const tab = page.getByRole('tab', { name: /Callroll/ });
  await tab.waitFor({ state: 'visible', timeout: 60_000 });
  await tab.click();
  await page.getByText(words.welcome).waitFor({ timeout: 30_000 });
  await workbench.setSidebarWidth(620);
}

export async function addTencentAccount(
  ctx: RunContext,
  words: PassWords,
  label: string,
  titles: Record<string, string>,
) {
  const { tencent } = ctx.emulator;
  await addAccountThroughForm(
    ctx.workbench,
    {
      provider: 'Tencent Meeting',
      values: {
        [titles.appId ?? 'AppId']: tencent.credentials.appId,
        SecretId: tencent.credentials.secretId,
        SecretKey: tencent.credentials.secretKey,
        [titles.operatorId ?? 'Operator id']: tencent.credentials.operatorId,
      },
      name: label,
      more: { [titles.baseURL ?? 'API URL']: tencent.baseURL },
    },
    words.form,
  );
  await ctx.workbench.waitForNotification(words.connected(label), 30_000);
  await ctx.workbench.waitForRow(label);
}

export async function addSystecAccount(
  ctx: RunContext,
  words: PassWords,
  label: string,
  titles: Record<string, string>,
) {
  const { systec } = ctx.emulator;
  await addAccountThroughForm(
    ctx.workbench,
    {
      provider: 'Systec',
      values: {
        [titles.apiKey ?? 'API key']: systec.credentials.apiKey,
        [titles.apiSecret ?? 'API secret']: systec.credentials.apiSecret,
      },
      name: label,
      more: { [titles.baseURL ?? 'API URL']: systec.baseURL },
    },
    words.form,
  );
  await ctx.workbench.waitForNotification(words.connected(label), 30_000);
  await ctx.workbench.waitForRow(label);
}

/**
 * Opens the 10,000-callout meeting: its lines come as one group per status with exact counts,
 * and the meeting's row sums them. Returns the milliseconds from the click to the groups.
 */
export async function openGroupedMeeting(ctx: RunContext, words: PassWords): Promise<number> {
  const { workbench } = ctx;
  const big = ctx.emulator.tencent.fixtures.largeCalloutMeeting;
  const meeting = await workbench.waitForRow(big.subject, 30_000, `the meeting "${big.subject}"`);
  const clicked = performance.now();
  await meeting.locator('.monaco-tl-twistie').click();
  await workbench.waitForRow(words.phones10000, 30_000);
  await workbench.waitForRow(words.unansweredGroup, 60_000, 'the group of unanswered lines');
  const elapsed = performance.now() - clicked;
  const text = (await workbench.rows().allInnerTexts()).join('\n');
  const groups = words.statusGroups.filter((word) => new RegExp(`${word} \\([\\d,]+\\)`).test(text));
  if (groups.length < 3)
    throw new Error(`expected several status groups, saw ${groups.join(', ') || 'none'}`);
  await workbench.setExpanded(workbench.row(words.unansweredGroup), true);
  await workbench.waitForRow(maskedNumber, 10_000, 'a masked number in the group');
  return elapsed;
}

/** Filters the big meeting to its unanswered lines, over every line of it. */
export async function filterUnanswered(ctx: RunContext, words: PassWords): Promise<void> {
  const { workbench } = ctx;
  const big = ctx.emulator.tencent.fixtures.largeCalloutMeeting;
  await workbench.setExpanded(workbench.row(words.unansweredGroup), false);
  await workbench.contextMenu(workbench.row(big.subject), words.filterCommand);
  await workbench.waitForPrompt(words.filterPrompt);
  await workbench.answer(words.unanswered);
  await workbench.waitForRow(words.filtered, 30_000, 'the filtered phone list');
  await workbench.waitForRow(maskedNumber, 10_000, 'a matching line');
  const lines = (await workbench.rows().filter({ hasText: maskedNumber }).allInnerTexts()).filter(Boolean);
  const others = lines.filter((text) => !text.includes(words.unanswered));
  if (others.length > 0)
    throw new Error(`lines that do not match are shown: ${others.slice(0, 3).join(' | ')}`);
}

/** Pins the Systec meeting whose 1,000 calls cost 120.00 CNY; its row says so before it is opened. */
export async function pinCostMeeting(ctx: RunContext, words: PassWords, accountLabel: string): Promise<void> {
  const { workbench } = ctx;
  const { costMeeting } = ctx.emulator.systec.fixtures;
  await workbench.contextMenu(workbench.row(accountLabel), words.pinMeeting);
  await workbench.waitForPrompt(words.pinPrompt);
  await workbench.answer(costMeeting.meetingId);
  await workbench.setExpanded(await workbench.waitForRow(words.liveGroup), false);
  const pinned = await workbench.waitForRow(words.pinnedGroup);
  await workbench.setExpanded(pinned, true);
  const meeting = await workbench.waitForRow(
    words.wholeCost,
    30_000,
    'the pinned meeting with its whole cost',
  );
  if (!((await meeting.textContent()) ?? '').includes(costMeeting.topic))
    throw new Error(`the row with the cost is not "${costMeeting.topic}": ${await meeting.textContent()}`);
}
