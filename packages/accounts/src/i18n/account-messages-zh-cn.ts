import type { AccountMessages, JsonKind, WordedMessage } from './account-messages.js';
import type { FrontEndWords } from './front-end-words.js';

const list = (items: readonly string[]) => items.join('、');
const count = (value: number) => value.toLocaleString('zh-CN');
const tried = (attempts: number | undefined) =>
  attempts !== undefined && attempts > 1 ? `（已尝试 ${attempts} 次）` : '';
const bytes = (value: number) =>
  value >= 1024 * 1024 ? `${(value / (1024 * 1024)).toFixed(0)} MiB` : `${count(value)} 字节`;
const codes = (served: readonly string[]) => served.map((code) => `+${code}`).join('、');

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

const fixed: Omit<AccountMessages, WordedMessage> = {
  unknownProvider: (id, known) =>
    `没有名为 "${id}" 的提供方；已知的有：${list(known)}。插件提供的提供方必须列在配置文件的 "plugins" 中。`,
  notSupported: (provider, what) => `${provider} 不支持${what}。`,
  phoneStatus: {
    calling: '呼叫中',
    connected: '已接通',
    ended: '已结束',
    unanswered: '未接听',
    cancelled: '已取消',
    unknown: '未知',
  },
  capability: {
    listMeetings: '列出会议',
    listParticipants: '应用参会者',
    meetingCodes: '会议号',
    callOut: '外呼',
  },

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
  networkFailed: (provider, code, attempts) =>
    `无法连接 ${provider}${code ? `（${code}）` : ''}${tried(attempts)}；请检查网络和服务器地址（baseURL 设置）后重试。`,
  timedOut: (provider, ms) => `${provider} 未能及时响应${ms ? `（${ms} 毫秒）` : ''}；请稍后重试。`,
  responseTooLarge: (provider, capBytes) =>
    `${provider} 返回的响应超过了 callroll 的大小上限 ${bytes(capBytes)}，未读取。请减小每页条数，或报告此问题。`,
  providerFailed: (provider, code, detail) =>
    `${provider} 返回了错误${code ? ` ${code}` : ''}${detail ? `：${detail}` : ''}。`,
  invalidArgument: (provider, problems) => `${provider} 不接受该输入：${problems}。`,
  unnamedProvider: '提供方',

  badNumbers: (items) => `无法呼叫 ${items.join('；')}。没有呼叫任何号码。`,
  badNumber: (text, reason) => `"${text}"（${reason}）`,
};

/** The shared messages in Simplified Chinese, with the front end's own words. */
export function accountMessagesZhCn(words: FrontEndWords): AccountMessages {
  return {
    ...fixed,
    accountAmbiguous: (provider, path, available) =>
      `${path} 中有 ${provider} 的多个账户（${list(available)}），且没有名为 "default" 的；请用 ${words.accountChoice} 选择一个。`,
    notFound: (provider, resource, id) =>
      `${provider} 中没有${resource === 'meeting' ? '会议' : resource}${id ? ` "${id}"` : ''}；请检查 ID（${words.meetingListing} 可列出会议）。`,
    rateLimited: (provider) => `${provider} 在多次等待限流窗口后仍在限流；请等一分钟再${words.again}。`,
    dailyLimit: (provider, code) =>
      `${provider} 的当日 API 调用次数已用完${code ? `（错误码 ${code}）` : ''}；额度在（服务器时间）零点重置，请明天再${words.again}。`,
    invalidResponse: (provider, field, attempts) =>
      `${provider} 返回了 callroll 无法解析的响应${field ? `（位于 ${field}）` : ''}${tried(attempts)}；请重试，若持续出现请报告${words.requestLogHint}。`,
    internalError: (message) => `内部错误：${message}。请连同${words.reportWith}一起报告。`,
    numberProblem: (problem, callingCode, served) =>
      ({
        empty: '没有号码',
        unreadable: '不是电话号码',
        'needs-calling-code': `这是国内号码：请写成 +86… 或给出 ${words.callingCodeChoice}`,
        'bad-calling-code': `"${callingCode ?? ''}" 不是国家/地区代码`,
        invalid: `不是有效的 +${callingCode ?? ''} 号码`,
        'calling-code-not-served': `不能呼叫 +${callingCode ?? ''}，只能呼叫 ${codes(served)}`,
        'bad-extension': '分机号必须是 1 到 10 位数字',
      })[problem],
  };
}
