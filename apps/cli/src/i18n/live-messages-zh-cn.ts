import { liveHelpZhCn } from './live-help-zh-cn.js';
import type { LiveMessages } from './live-messages.js';

const count = (value: number) => value.toLocaleString('zh-CN');

export const liveMessagesZhCn: LiveMessages = {
  ...liveHelpZhCn,

  argumentNumbers: '一个或多个电话号码，或 --redial <状态>',
  invalidShare: (value) =>
    `--share "${value}" 不是配额的比例；请给出大于 0、不超过 1 的小数，例如 0.5 或 50%。`,
  invalidInterval: (value) => `--interval "${value}" 不是 1 到 3600 之间的秒数。`,
  watchFormat: (value) => `watch 在终端上显示实时视图，或写出 NDJSON（-f ndjson）；此处不能用 "${value}"。`,
  nameWithoutNumbers: '--name 只用于命令行上给出的号码；--redial 沿用每条线路原来的名称。',
  cannotWatch: '跟踪进行中的会议：它只在会议结束后才提供电话参会者',
  cannotCallOut: '外呼或取消外呼',

  confirmHeading: (total, meeting, batches, batchSize) =>
    `将把 ${count(total)} 个号码呼入 ${meeting}${batches > 1 ? `，分 ${batches} 批，每批最多 ${batchSize} 个` : ''}：`,
  confirmMore: (more) => `  … 另有 ${count(more)} 个`,
  confirmCharged: '每个号码都会立即拨打，通话费用计入该账户。',
  confirmPrompt: '确定呼叫吗？[y/N] ',
  isYes: (answer) => /^(y|yes|是|确定)$/i.test(answer.trim()),
  needsYes: 'callout 会拨打真实电话并计费：请在终端上运行以确认，或加上 --yes。',
  declined: '未确认：没有呼叫任何号码。',
  nothingToRedial: (statuses, meeting) =>
    `${meeting} 中当前没有处于 ${statuses.join(' 或 ')} 状态的号码：无需呼叫。`,
  uncallable: (lines) => `这些状态中有 ${count(lines)} 条线路没有可呼叫的号码，已略过。`,

  batchProgress: (operation, batch, batches) =>
    `${operation === 'start' ? '呼叫' : '取消'}：第 ${batch}/${batches} 批已应答`,
  outcome: {
    start: { accepted: '已呼出', refused: '被拒绝', failed: '失败', 'not-attempted': '未尝试' },
    cancel: { accepted: '已取消', refused: '被拒绝', failed: '失败', 'not-attempted': '未尝试' },
  },
  columns: { number: '号码', name: '名称', result: '结果', reason: '原因', batch: '批次' },
  notAll: (operation, counts) => {
    const total = counts.accepted + counts.refused + counts.failed + counts['not-attempted'];
    const done = operation === 'start' ? '已呼出' : '已取消';
    return `${count(total)} 个号码中 ${count(counts.accepted)} 个${done}：${count(counts.refused)} 个被拒绝，${count(counts.failed)} 个失败，${count(counts['not-attempted'])} 个未尝试。`;
  },
  failedHint: '失败的批次可能已部分生效：再次呼叫这些号码前，请先用 callroll phones 查看。',

  view: {
    title: (topic, id, status, provider) => `${topic}（${id}）· ${status} · ${provider}`,
    round: (round, time, seconds) => `第 ${count(round)} 轮，${time} · 每 ${count(seconds)} 秒一轮`,
    budget: (perRound, perMinute, allowed, limit, share) =>
      `每轮最多 ${count(perRound)} 次请求，每分钟 ${count(perMinute)} 次，不超过允许的 ${count(allowed)} 次（${count(limit)} 次的 ${share}）`,
    overBudget: '一轮所需的请求已超过份额：各轮间隔使平均值不超过份额',
    headers: ['状态', '当前', '上一轮', '开始以来'],
    total: '合计',
    latest: '最近的变化',
    firstLook: (lines) => `首次读取：${count(lines)} 条线路`,
    noChanges: '（此后没有变化）',
    added: '新增',
    removed: '消失',
    footer: '按 Ctrl-C 停止。',
  },
  meetingEnded: (status) => `会议${status}：停止跟踪。`,
};
