import { join } from 'node:path';
import { chineseForm } from './account-form.js';
import type { RunContext } from './run-context.js';
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

export const chineseWords: PassWords = {
  form: chineseForm,
  welcome: 'Callroll 显示视频会议的电话参会者',
  addAccountButton: '添加帐户',
  connected: (label) => new RegExp(`“${label}”连接正常`),
  pinMeeting: '固定会议',
  pinPrompt: '固定会议',
  liveGroup: '进行中和即将开始',
  pinnedGroup: /固定的会议/,
  phones10000: '电话参会者（10,000）',
  unansweredGroup: /未接听 \([\d,]+\)/,
  statusGroups: ['呼叫中', '已接通', '未接听', '已结束', '已取消', '未知'],
  filterCommand: '筛选电话参会者',
  filterPrompt: '筛选',
  unanswered: '未接听',
  filtered: /筛选“未接听”：[\d,]+/,
  wholeCost: /1,000 通电话 · 120\.00 CNY/,
  listCost: /合计 120\.00 CNY/,
};

/** The extension's own Chinese titles of the fields the form asks for. */
const titles = {
  appId: '企业 ID（AppId）',
  operatorId: '操作者 ID',
  apiKey: 'API Key',
  apiSecret: 'API Secret',
  baseURL: 'API 地址',
};

/**
 * One pass with the extension in Simplified Chinese (code-server started with `--locale zh-cn`
 * and a language pack): the Chinese form, the whole-meeting cost, the status groups and the
 * filter, each with a screenshot.
 */
export async function chinesePass(ctx: RunContext, secrets: readonly string[]): Promise<void> {
  const { steps, workbench, page, runDir } = ctx;
  const words = chineseWords;
  await steps.step('zh-CN: opens the Callroll view in Chinese', 90_000, () => openView(ctx, words));
  await steps.step('zh-CN: adds a Systec account through the Chinese form', 90_000, async () => {
    await page.getByRole('button', { name: words.addAccountButton, exact: true }).click();
    await addSystecAccount(ctx, words, 'Systec 模拟器', titles);
  });
  await steps.step('zh-CN: shows the whole cost of a Systec meeting: 120.00 CNY', 60_000, async () => {
    await pinCostMeeting(ctx, words, 'Systec 模拟器');
    await workbench.screenshot(join(runDir, 'zh-cn-cost.png'));
    await workbench.setExpanded(workbench.row('Systec 模拟器'), false);
  });
  await steps.step('zh-CN: groups a Tencent meeting by status', 120_000, async () => {
    await workbench.runCommand('Callroll: 添加帐户…');
    await addTencentAccount(ctx, words, '腾讯会议模拟器', titles);
    await openGroupedMeeting(ctx, words);
    await workbench.waitForRow(/10,000 通电话/, 10_000, 'the meeting row with its whole count');
    await workbench.screenshot(join(runDir, 'zh-cn-grouped.png'));
  });
  await steps.step('zh-CN: filters the meeting by 未接听', 60_000, async () => {
    await filterUnanswered(ctx, words);
    await workbench.screenshot(join(runDir, 'zh-cn-filter.png'));
  });
  await steps.step('zh-CN: keeps every secret out of the settings file and the logs', 10_000, async () =>
    checkNoSecretsWritten(ctx.server, secrets, ctx.emulator.systec.credentials.apiKey),
  );
}
