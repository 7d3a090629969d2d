import { helpZhCn } from './help-zh-cn.js';
import { liveMessagesZhCn } from './live-messages-zh-cn.js';
import type { JsonKind, Messages } from './messages.js';

const list = (items: readonly string[]) => items.join('、');
const count = (value: number) => value.toLocaleString('zh-CN');
const tried = (attempts: number | undefined) =>
  attempts !== undefined && attempts > 1 ? `（已尝试 ${attempts} 次）` : '';
const bytes = (value: number) =>
  value >= 1024 * 1024 ? `${(value / (1024 * 1024)).toFixed(0)} MiB` : `${count(value)} 字节`;

const configShape =
  '配置文件必须是一个文件，内容为一个含 "plugins"（列表）和 "accounts" 的 JSON 对象，例如 {"plugins": [], "accounts": {}}。';
const jsonKinds: Record<JsonKind, string> = {
  array: '列表',
  null: ' null',
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
};
const typeWords: Record<string, string> = {
  number: '数字',
  'whole number': '整数',
  boolean: '布尔值',
  string: '字符串',
  object: '对象',
  list: '列表',
};

const problems: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^is required$/, () => '未设置'],
  [/^must be a URL$/, () => '必须是 URL'],
  [/^must be an? (number|whole number|boolean|string|object|list)$/, (m) => `必须是${typeWords[m[1] ?? '']}`],
  [/^must be a (\w+)$/, (m) => `必须是 ${m[1]}`],
  [/^must be at least (\d+) characters$/, (m) => `至少需要 ${m[1]} 个字符`],
  [/^must be at most (\d+) characters$/, (m) => `最多 ${m[1]} 个字符`],
  [/^must be at least (\S+)$/, (m) => `不能小于 ${m[1]}`],
  [/^must be at most (\S+)$/, (m) => `不能大于 ${m[1]}`],
  [/^must be one of (.+)$/, (m) => `必须是以下之一：${m[1]}`],
];

export const messagesZhCn: Messages = {
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
  unknownProvider: (id, known) =>
    `没有名为 "${id}" 的提供方；已知的有：${list(known)}。插件提供的提供方必须列在配置文件的 "plugins" 中。`,
  notSupported: (provider, what) => `${provider} 不支持${what}。`,

  configUnreadable: (path, reason) => `无法读取配置文件 ${path}：${reason}。${configShape}`,
  configTooLarge: (path, size, limit) =>
    `配置文件 ${path} ${size === undefined ? '超过' : `大小为 ${size}，超过`}了 ${limit} 的上限，因此没有读取。${configShape}`,
  configNotObject: (path, found) =>
    `配置文件 ${path} 的内容是${jsonKinds[found]}，而不是对象。${configShape}`,
  configNotJson: (path, where) => `配置文件 ${path} 不是有效的 JSON${where}；请修正或删除它。`,
  configInvalid: (path, problems) => `配置文件 ${path} 无效：${problems}。`,
  configUnknownKeys: (where, keys) => `${where || '顶层'}有未知的键 ${list(keys)}`,
  configWrongType: (where, expected) =>
    `${where} 必须是${({ array: '列表', object: '对象', string: '字符串', number: '数字', boolean: '布尔值', scalar: '字符串、数字或布尔值' } as Record<string, string>)[expected] ?? expected}`,
  configBadValue: (where) => `${where} 无效`,
  configSecret: (path, provider, account, field, envName) =>
    `配置文件 ${path} 中 ${provider} 的账户 "${account}" 含有机密 "${field}"：机密只能来自环境变量（${envName}）。请把它从文件中删除。`,
  configUnknownSetting: (path, provider, account, field, known) =>
    `配置文件 ${path} 中 ${provider} 的账户 "${account}" 有未知设置 "${field}"；可用的有：${known}。`,
  accountNotFound: (provider, account, path, available) =>
    available.length === 0
      ? `${path} 中没有 ${provider} 的账户 "${account}"；该提供方没有任何账户。`
      : `${path} 中没有 ${provider} 的账户 "${account}"；现有：${list(available)}。`,
  accountAmbiguous: (provider, path, available) =>
    `${path} 中有 ${provider} 的多个账户（${list(available)}），且没有名为 "default" 的；请用 --account 选择一个。`,
  pluginNotFound: (specifier, path) =>
    `${path} 中列出的插件 "${specifier}" 未安装；请把它安装在 callroll 所在的位置，或修正名称。`,
  pluginFailed: (specifier, reason) => `插件 "${specifier}" 加载失败：${reason}。`,
  pluginWithoutFactory: (specifier) => `插件 "${specifier}" 没有导出 v1 提供方工厂（ProviderFactoryV1）。`,
  pluginDuplicate: (id, first, second) => `两个插件都提供 "${id}"：${first} 和 ${second}；请只保留一个。`,
  settingsInvalid: (provider, problems, hint) => `${provider} 的设置：${problems}。${hint}`,
  settingsHintEnv: (secretVariables) =>
    secretVariables.length === 0
      ? '请在环境变量中设置。'
      : `请在环境变量中设置；机密（${list(secretVariables)}）只能来自环境变量。`,
  settingsHintFile: (path, account) =>
    account === undefined
      ? `非机密设置也可以写在 ${path} 的账户中。`
      : `非机密设置也可以写在 ${path} 的账户 "${account}" 中。`,
  settingEnvProblem: (variable, problem) => `${variable} ${problem}`,
  settingFileProblem: (field, account, problem) => `账户 "${account}" 的 "${field}" ${problem}`,
  problemText: (problem) => {
    for (const [pattern, translate] of problems) {
      const match = pattern.exec(problem);
      if (match) return translate(match);
    }
    // A provider's own wording (its regex messages): shown as the provider wrote it.
    return problem;
  },
  problemSeparator: '；',
  ioReason: (code) =>
    ({
      ENOENT: '文件或文件夹不存在',
      EACCES: '没有权限',
      EPERM: '没有权限',
      EISDIR: '它是一个文件夹',
      ENOSPC: '磁盘已满',
      EROFS: '文件系统只读',
      EPIPE: '读取方已关闭管道',
    })[code ?? ''] ??
    code ??
    '未知错误',

  authenticationFailed: (provider, code, variables) =>
    `${provider} 拒绝了这些凭据${code ? `（错误码 ${code}）` : ''}；请检查 ${list(variables)}。`,
  permissionDenied: (provider, code) =>
    `${provider} 拒绝了请求：该账户无权执行此操作${code ? `（错误码 ${code}）` : ''}。请使用有相应角色的账户（腾讯会议：会议的创建者、主持人或联席主持人）。`,
  notFound: (provider, resource, id) =>
    `${provider} 中没有${resource === 'meeting' ? '会议' : resource}${id ? ` "${id}"` : ''}；请检查 ID（callroll meetings 可列出会议）。`,
  rateLimited: (provider) => `${provider} 在多次等待限流窗口后仍在限流；请等一分钟再运行该命令。`,
  dailyLimit: (provider, code) =>
    `${provider} 的当日 API 调用次数已用完${code ? `（错误码 ${code}）` : ''}；额度在（服务器时间）零点重置，请明天再运行该命令。`,
  networkFailed: (provider, code, attempts) =>
    `无法连接 ${provider}${code ? `（${code}）` : ''}${tried(attempts)}；请检查网络和服务器地址（baseURL 设置）后重试。`,
  timedOut: (provider, ms) => `${provider} 未能及时响应${ms ? `（${ms} 毫秒）` : ''}；请稍后重试。`,
  invalidResponse: (provider, field, attempts) =>
    `${provider} 返回了 callroll 无法解析的响应${field ? `（位于 ${field}）` : ''}${tried(attempts)}；请重试，若持续出现请报告（--verbose 可显示请求）。`,
  responseTooLarge: (provider, capBytes) =>
    `${provider} 返回的响应超过了 callroll 的大小上限 ${bytes(capBytes)}，未读取。请减小每页条数，或报告此问题。`,
  providerFailed: (provider, code, detail) =>
    `${provider} 返回了错误${code ? ` ${code}` : ''}${detail ? `：${detail}` : ''}。`,
  invalidArgument: (provider, problems) => `${provider} 不接受该输入：${problems}。`,
  outputFailed: (path, reason) => `无法写入 ${path}：${reason}。`,
  internalError: (message) =>
    `内部错误：${message}。请连同所运行的命令（以及 --verbose 的输出，其中不含机密）一起报告。`,

  unnamedProvider: '提供方',
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
  phoneStatus: {
    calling: '呼叫中',
    connected: '已接通',
    ended: '已结束',
    unanswered: '未接听',
    cancelled: '已取消',
    unknown: '未知',
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
  capability: {
    listMeetings: '列出会议',
    listParticipants: '应用参会者',
    meetingCodes: '会议号',
    callOut: '外呼',
  },
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
