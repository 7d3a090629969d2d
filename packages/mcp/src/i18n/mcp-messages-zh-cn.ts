import { accountMessagesZhCn } from '@callroll/accounts/i18n';
import type { PhoneStatus } from '@callroll/core';
import type { McpMessages } from './mcp-messages.js';
import { mcpWords } from './mcp-words.js';

const count = (value: number) => value.toLocaleString('zh-CN');
const shared = accountMessagesZhCn(mcpWords['zh-CN']);
const statusWord = (status: string) => shared.phoneStatus[status as PhoneStatus] ?? status;

export const mcpMessagesZhCn: McpMessages = {
  ...shared,

  help: (version, configPath) =>
    [
      `callroll-mcp ${version}：Callroll 的 MCP 服务器，经标准输入和输出通信。`,
      '',
      '用法：callroll-mcp [--show-numbers] [--allow-callouts] [--config <文件>]',
      '',
      '  --show-numbers    返回完整的电话号码（默认打码）',
      '  --allow-callouts  提供 start_callouts、cancel_callouts 和 redial，它们会拨打真实电话',
      `  --config <文件>   账户和插件的配置文件（默认 ${configPath}，或 CALLROLL_CONFIG）`,
      '  --help、--version',
      '',
      '设置与 callroll 相同，来自 CALLROLL_<提供方>_<字段> 环境变量和配置文件。',
      '消息语言由 CALLROLL_LANG、LC_ALL、LC_MESSAGES 或 LANG 决定（中文或英文）。',
    ].join('\n'),
  unknownFlag: (flag) => `${flag} 不是 callroll-mcp 的选项；见 callroll-mcp --help。`,
  flagNeedsValue: (flag) => `${flag} 需要一个值；见 callroll-mcp --help。`,
  started: (version, configPath, flags) =>
    `callroll-mcp ${version} 正在标准输入和输出上服务；配置文件 ${configPath}${flags.length > 0 ? `；${flags.join(' ')}` : ''}`,
  failed: (line) => `callroll-mcp：${line}`,

  invalidDate: (argument, value) =>
    `"${argument}" "${value}" 不是日期；请写成 2026-11-01、"2026-11-01 09:00" 或 2026-11-01T09:00:00+08:00。`,
  rangeReversed: '"from" 必须早于 "to"。',
  cursorInvalid: '该游标不是本服务器给出的；请不带游标重新调用，从头开始。',
  cursorElsewhere:
    '该游标属于另一个列表（提供方、账户、会议、时间范围或状态筛选不同）；请用它原来的参数调用，或不带游标调用。',

  providersText: (total, ready) =>
    `共 ${count(total)} 个提供方；可以使用的：${ready.length > 0 ? ready.join('、') : '无（缺少设置）'}。`,
  meetingsText: (total, provider, more) =>
    `${provider} 的 ${count(total)} 个会议${more ? '；用 nextCursor 获取更多' : ''}。`,
  summaryText: ({ topic, count: total, byStatus, unknown, duration, cost }) =>
    [
      `${topic}：${count(total)} 个电话参会者。`,
      `按状态：${Object.entries(byStatus)
        .filter(([, value]) => value > 0)
        .map(([status, value]) => `${statusWord(status)} ${count(value)}`)
        .join('，')}${unknown ? `（提供方状态：${unknown}）` : ''}。`,
      `时长：${duration ?? '未提供'}。费用：${cost ?? '未提供'}。`,
    ].join(''),
  phonesText: (total, masked, more) =>
    `${count(total)} 个电话参会者${masked ? '，号码已打码' : ''}${more ? '；用 nextCursor 获取更多' : ''}。`,
  calloutsText: (operation, counts) => {
    const done = operation === 'start' ? '已发起' : '已取消';
    const total = counts.accepted + counts.refused + counts.failed + counts['not-attempted'];
    return `${count(total)} 个号码中 ${count(counts.accepted)} 个${done}：${count(counts.refused)} 个被拒绝，${count(counts.failed)} 个失败，${count(counts['not-attempted'])} 个未尝试。`;
  },
  failedHint: '失败的批次可能已部分生效：再次呼叫这些号码前，请先用 list_phone_participants 查看。',
  nothingToRedial: (statuses, meeting) =>
    `${meeting} 中现在没有处于 ${statuses.map((status) => statusWord(status)).join('或')} 状态的号码：没有呼叫任何号码。`,
  uncallable: (lines) => `这些状态中有 ${count(lines)} 行没有可以呼叫的号码，已略过。`,
};
