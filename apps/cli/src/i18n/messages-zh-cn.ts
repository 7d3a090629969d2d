import { accountMessagesZhCn } from '@callroll/accounts/i18n';
import { cliWords } from './cli-words.js';
import { helpZhCn } from './help-zh-cn.js';
import { liveMessagesZhCn } from './live-messages-zh-cn.js';
import type { Messages } from './messages.js';

const list = (items: readonly string[]) => items.join('、');
const count = (value: number) => value.toLocaleString('zh-CN');

export const messagesZhCn: Messages = {
  ...accountMessagesZhCn(cliWords['zh-CN']),
  ...helpZhCn,

  unknownCommand: (name) => `"${name}" 不是 callroll 的命令。`,
  unknownOption: (option, command) => `${command} 没有 ${option} 选项。`,
  optionNotForCommand: (option, command) => `${option} 不适用于 "${command}"。`,
  optionNeedsValue: (option) => `${option} 需要一个值。`,
  optionTakesNoValue: (option) => `${option} 不接受值。`,
  optionRepeated: (option) => `${option} 只能给一次。`,
  missingArgument: (what, command) => `"${command}" 需要${what}。`,
  unexpectedArgument: (argument, command) => `"${command}" 不接受参数 "${argument}"。`,
  providerRequired: (command) => `"${command}" 需要 --provider <id>（见 callroll providers）。`,
  invalidFormat: (value, allowed) => `"${value}" 不是可用的格式；请使用 ${list(allowed)} 之一。`,
  invalidStatus: (value, allowed) => `"${value}" 不是电话状态；请使用 ${list(allowed)} 之一。`,
  statusListEmpty: (option, allowed) =>
    `${option} 没有给出任何状态；请给出 ${list(allowed)} 中的一个或多个，用逗号分隔。`,
  invalidDate: (option, value) =>
    `${option} "${value}" 不是日期；请写成 2026-11-01、"2026-11-01 09:00" 或 2026-11-01T09:00:00+08:00。`,
  rangeReversed: '--from 必须早于 --to。',
  seeHelp: (command) => `运行 "callroll${command ? ` ${command}` : ''} --help" 查看用法。`,
  argumentMeetingRef: '一个会议 ID 或会议号',
  argumentMeetingIds: '一个或多个会议 ID',

  outputFailed: (path, reason) => `无法写入 ${path}：${reason}。`,

  interrupted: '已中断。',
  interruptedRows: (rows, path) => `已中断：${path} 中有中断前写入的 ${count(rows)} 整行。`,
  failedRows: (rows, path) => `${path} 中有出错前写入的 ${count(rows)} 整行。`,
  interruptAgain: '正在停止……（再按一次 Ctrl-C 立即退出）',
  progressRows: (done, total, rate) => `${total === undefined ? done : `${done} / ${total}`} 行  ${rate}/秒`,
  progressMeeting: (index, total) => `会议 ${index}/${total}`,
  progressMeetings: (done, total) => `会议 ${count(done)} / ${count(total)}`,

  refArgument: (position) => `第 ${position} 个参数`,
  standardInput: '标准输入',
  idsFromUnreadable: (file, reason) => `无法读取 ${file} 中的会议 ID：${reason}。`,
  idsFromLineTooLong: (where) => `${where} 太长，不是会议 ID 或会议号（超过 1,000 个字符）。`,
  idsFromTooMany: (file, max) => `${file} 中的会议 ID 超过 ${count(max)} 个；请分几次运行。`,
  refInvalid: (where, ref, problems) =>
    `${where}："${ref.length > 60 ? `${ref.slice(0, 60)}…` : ref}" 不是会议 ID 或会议号：${problems}。`,
  duplicateRefs: (n) => `提示：有 ${count(n)} 个会议 ID 重复给出，只读取一次。`,
  sameMeetingRefs: (n) => `提示：有 ${count(n)} 个 ID 指向已请求的会议（会议号与其 ID），只读取一次。`,
  meetingSkipped: (where, reason) => `警告：已跳过${where}的会议：${reason}`,
  someMeetingsFailed: (asked, notFound, others) =>
    `${[
      notFound > 0 ? `${count(asked)} 个会议中有 ${count(notFound)} 个未找到` : '',
      others > 0 ? `${count(others)} 个无法读取（见上方警告）` : '',
    ]
      .filter(Boolean)
      .join('；')}；其余会议均已写出。`,
  verboseSettings: (provider, fromEnv, fromFile) =>
    `${provider} 的设置：来自环境变量 ${fromEnv.length ? list(fromEnv) : '（无）'}；来自配置文件 ${fromFile.length ? list(fromFile) : '（无）'}`,
  verboseRetry: (delayMs, reason) => `${delayMs} 毫秒后重试：${reason}`,
  rateLimitWait: (provider, delayMs, reason) =>
    `${provider} 已达到调用频率上限（${reason}）：等待 ${Math.ceil(delayMs / 1000)} 秒，待限流窗口重新开放后继续……`,
  verboseError: (kind, message) => `失败（${kind}）：${message}`,
  verboseConfig: (path, exists) => `配置文件：${path}${exists ? '' : '（不存在）'}`,

  columns: {
    meeting: '会议',
    number: '号码',
    name: '名称',
    direction: '方向',
    status: '状态',
    joined: '入会',
    left: '离会',
    duration: '时长',
    cost: '费用',
    id: 'ID',
    code: '会议号',
    topic: '主题',
    start: '开始',
    end: '结束',
    host: '主持人',
  },
  meetingStatus: {
    scheduled: '待开始',
    live: '进行中',
    ended: '已结束',
    cancelled: '已取消',
    unknown: '未知',
  },
  direction: { 'call-out': '外呼', 'call-in': '呼入', 'toll-free': '免费电话', unknown: '未知' },
  noRows: '（无数据）',
  rowCount: (rows) => `${count(rows)} 行`,

  providerSource: (source) => `插件 ${source}`,
  builtIn: '内置',
  capabilitiesLine: (capabilities, maxPageSize) =>
    `能力：${capabilities.length ? list(capabilities) : '仅电话参会者'}；每页最多 ${maxPageSize} 条`,
  settingsHeading: '设置：',
  settingFlags: ({ required, secret, defaultValue }) =>
    [
      required ? '必填' : defaultValue === undefined ? '可选' : `默认 ${defaultValue}`,
      ...(secret ? ['机密：只能用环境变量'] : []),
    ].join('，'),
  settingState: (state) =>
    ({
      env: '已在环境变量中设置',
      file: '已在配置文件中设置',
      default: '使用默认值',
      missing: '缺失',
      unset: '未设置',
    })[state],
  noPlugins: (path) => `${path} 中没有列出插件。`,

  summary: {
    topic: '会议',
    id: 'ID',
    code: '会议号',
    status: '状态',
    start: '开始',
    end: '结束',
    host: '主持人',
    phones: '电话参会者',
    byStatus: '按状态',
    duration: '总时长',
    cost: '总费用',
    notReported: '提供方未提供',
    rawStatuses: (text) => `（提供方状态：${text}）`,
    durationValue: (text, lines) => `${text}（${count(lines)} 条有时长）`,
  },

  demo: {
    title: (url, seed) => `callroll 演示：Callroll 模拟器位于 ${url}（种子 "${seed}"）`,
    step: (index, text) => `\n${index}. ${text}`,
    byStatus: '一场腾讯会议的外呼，按状态统计',
    firstRows: (rows) => `它的前 ${rows} 条外呼（号码已隐去中间数字）`,
    systecMonth: 'Systec UMeeting 一个月的会议及其电话费用',
    systecCalls: '通话',
    systecTotals: (meetings, calls, cost) =>
      `…… 共 ${count(meetings)} 场会议、${count(calls)} 通电话，合计 ${cost}（精确求和）`,
    export: '把大型会议的全部外呼导出为 CSV',
    exported: (rows, path, bytes) => `已把 ${count(rows)} 行（${bytes}）写入 ${path}`,
    firstLines: '文件开头：',
    stopped: '\n已停止模拟器。',
    elapsed: (seconds) => `用时 ${seconds} 秒。`,
    tryIt:
      '连接你自己的账户：设置 CALLROLL_TENCENT_* 或 CALLROLL_SYSTEC_* 环境变量（callroll providers 会列出），然后运行上面的命令。',
  },
  live: liveMessagesZhCn,
};
