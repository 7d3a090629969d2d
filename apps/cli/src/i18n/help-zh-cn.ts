import type { Messages } from './messages.js';

type Help = Pick<
  Messages,
  'helpMain' | 'helpProviders' | 'helpMeetings' | 'helpMeeting' | 'helpPhones' | 'helpDemo'
>;

const listingOptions = `列表选项：
  -f, --format <格式>     table、json、ndjson 或 csv（默认：终端上为 table，否则按 --output
                          文件的扩展名，再否则为 ndjson）
  -o, --output <文件>     逐行写入该文件，而不是标准输出
      --mask              隐藏电话号码中间的数字（+86 139****0350）
  -v, --verbose           把每个请求（已隐去机密）记录到标准错误
      --config <文件>     读取这个配置文件，而不是默认的
  -h, --help              本帮助`;

const accountOptions = `  -p, --provider <id>     提供方：tencent，或插件提供的（见 callroll providers）
  -a, --account <名称>    配置文件中的账户（默认："default"，或唯一的那个）`;

const manyOptions = `      --ids-from <文件>   更多会议：每行一个 ID 或粘贴的会议号（"# " 开始注释；- 表示
                          标准输入）；每场只读取一次
      --fail-fast         遇到第一场无法读取的会议即停止（按其错误类型退出）；否则只给出警告，
                          其余会议照常写出，最后以退出码 11（有会议未找到）或 12（有会议失败）结束`;

/** The help texts in Chinese: kept apart from the short messages, which they would outgrow. */
export const helpZhCn: Help = {
  helpMain: (version, configPath) => `callroll ${version}：查看视频会议的电话参会者

用法：callroll <命令> [选项]

命令：
  providers                              提供方、它们的能力和所需的设置
  meetings --provider <id>               某个日期范围内的会议
  meeting  --provider <id> <id或会议号>  一场会议及其电话参会者汇总
  phones   --provider <id> <id>...       一场或多场会议的电话参会者
  demo                                   在本地模拟器上演示 callroll
  watch    --provider <id> <id或会议号>  跟踪进行中会议的电话线路及其变化
  callout  --provider <id> <id> <号码>...  把号码呼入会议（--redial <状态>...）
  cancel   --provider <id> <id> <号码>...  取消仍在振铃的外呼
  mcp      [--allow-callouts] [--show-numbers]  为 AI 助手提供这些功能（经 stdio 的 MCP 服务器）
  help [命令]                            本帮助，或某个命令的帮助

每个列表命令都支持 --format table|json|ndjson|csv、--output <文件>、--mask 和 --verbose。

设置来自 CALLROLL_<提供方>_<设置> 环境变量（机密只能放在这里），以及配置文件中的命名账户：
  ${configPath}
消息语言按系统区域设置为中文或英文；可用 CALLROLL_LANG=zh-CN 或 en 指定。

退出码：0 完成，1 内部错误，2 用法错误，3 设置或配置错误，4 认证失败，5 无权限，6 未找到，
7 被限流，8 网络错误，9 提供方错误，10 输出错误，130 被中断（Ctrl-C），143 被终止。
callout 和 cancel：20 未能全部呼出（或取消），21 未确认。

运行 "callroll <命令> --help" 查看某个命令的选项。`,

  helpProviders: `用法：callroll providers [选项]

列出 callroll 认识的提供方（内置的，以及配置文件中所列插件提供的）、各自的能力，以及所需的设置
和对应的环境变量。显示每个设置是否已设置，但从不显示其值。

${listingOptions}`,

  helpMeetings: `用法：callroll meetings --provider <id> [--from <日期>] [--to <日期>] [选项]

列出与某个日期范围重叠的会议。

${accountOptions}
      --from <日期>       开始：2026-11-01、"2026-11-01 09:00"（本地时区）或带时区偏移的
                          ISO 8601（默认：30 天前）
      --to <日期>         结束；只写日期则包含当天全天（默认：现在）

${listingOptions}`,

  helpMeeting: `用法：callroll meeting --provider <id> <会议ID或会议号>... [选项]

显示会议及其电话参会者的汇总：总数、各状态的数量、总时长和总费用。腾讯会议也接受 9 位会议号，
可以直接粘贴（"#腾讯会议：123-456-789"）。多场会议一起读取（提供方允许时合并调用），依次汇总。

${accountOptions}
${manyOptions}

${listingOptions}`,

  helpPhones: `用法：callroll phones --provider <id> <会议ID或会议号>... [--status <状态>...] [选项]

列出一场或多场会议的电话参会者：号码、名称、方向、状态、时间、时长和费用。流式输出：按给出的顺序
逐场写出（同时读取后面的会议），按 Ctrl-C 中断后，文件以一整行结尾。

${accountOptions}
      --status <状态>     只列出这些状态：calling、connected、ended、unanswered、cancelled、
                          unknown（可重复该选项，或用逗号分隔）
${manyOptions}

${listingOptions}`,

  helpDemo: `用法：callroll demo [--output-dir <目录>] [--verbose]

用固定的种子在本机空闲端口上启动 Callroll 模拟器，让各提供方连接它，并演示 callroll 的功能：
一场腾讯会议按状态统计的外呼，以及导出为 CSV。之后停止模拟器。无需账户，也无需联网。

      --output-dir <目录> CSV 导出的位置（默认：新建的临时文件夹）
  -v, --verbose           把每个请求（已隐去机密）记录到标准错误
  -h, --help              本帮助`,
};
