import type { LiveMessages } from './live-messages.js';

type Help = Pick<LiveMessages, 'helpWatch' | 'helpCallout' | 'helpCancel'>;

const common = `  -p, --provider <id>     提供方：tencent，或插件提供的（见 callroll providers）
  -a, --account <名称>    配置文件中的账户（默认："default"，或唯一的那个）`;

const tail = `  -v, --verbose           把每个请求（已隐去机密）记录到标准错误
      --config <文件>     读取这个配置文件，而不是默认的
  -h, --help              本帮助`;

/** The help of the live commands in Chinese. */
export const liveHelpZhCn: Help = {
  helpWatch: `用法：callroll watch --provider <id> <会议id或会议号> [选项]

跟踪一场进行中会议的电话线路，直到会议结束或按 Ctrl-C：每一轮读取全部线路并显示变化。在终端上：
原地刷新的视图，含各状态的数量及其变化、最近的变化、轮询间隔和所用的账户请求配额。否则（或用
-f ndjson）：每行一个 JSON 事件（added、status-changed、removed、round、meeting-ended），最后
一行为汇总；按 Ctrl-C 留下的文件也是完整的。

两轮之间的间隔随会议规模增长：每 100 条线路一轮花一个请求，各轮间隔使任何一分钟内的请求都不超过
配额的份额（腾讯会议：每个应用每分钟 300 次；默认用一半，所以 10,000 条外呼的会议每分钟读一次）。

${common}
      --share <比例>      使用账户请求配额的比例（默认 0.5；也可写 50%）
      --interval <秒>     两轮之间的最短间隔，单位秒（默认 5；配额可能使其更长）
      --no-mask           显示完整号码（默认隐藏中间数字：+86 139****0350）
  -f, --format <格式>     ndjson；终端上默认显示实时视图，除非用 -f ndjson
  -o, --output <文件>     把 NDJSON 事件写入该文件
${tail}`,

  helpCallout: `用法：callroll callout --provider <id> <会议id或会议号> <号码>... [选项]
      callroll callout --provider <id> <会议id或会议号> --redial <状态>... [选项]

把号码呼入会议：每个号码立即拨打，通话会计费。号码：E.164（+8613800138000）、配合 --area 的国内
号码，或单独的 11 位中国手机号（13800138000 即 +86）；座机分机号写在 "ext."、","、"#" 或 "转"
之后（+86 10 8888 6666 转 123）。--redial 重新呼叫会议中当前处于这些状态的每个号码（按其最新
一条线路，沿用原来的名称），例如 unanswered,cancelled。

在终端上，callout 会列出将要呼叫的号码并询问；--yes 跳过询问，没有终端时必须给 --yes。号码按
提供方的上限分批（腾讯会议：30 个），每批一个请求，从不自动重试：某批失败即停止，并报告哪些已呼出、
哪些没有。结果是一张表（或 NDJSON、JSON、CSV）：已呼出、被拒绝（附提供方给出的原因）、失败、
未尝试；只有全部呼出时退出码才为 0。

${common}
      --area <区号>       国内号码的国家/地区代码（86、852、1）
      --name <名称>       被呼叫号码在会议中显示的名称
      --redial <状态>     重新呼叫这些状态的号码：calling、connected、ended、unanswered、
                          cancelled、unknown（可重复，或用逗号分隔）
  -y, --yes               不询问，直接呼叫
  -f, --format <格式>     结果的格式：table、json、ndjson 或 csv
  -o, --output <文件>     把结果写入该文件
      --mask              隐藏电话号码中间的数字
${tail}`,

  helpCancel: `用法：callroll cancel --provider <id> <会议id或会议号> <号码>... [选项]

取消仍在振铃的外呼，按提供方的上限分批，从不自动重试。号码的写法同 callroll callout。结果是一张
表（或 NDJSON、JSON、CSV）：已取消、被拒绝（例如已不在振铃，附提供方给出的原因）、失败、未尝试；
只有全部取消时退出码才为 0。

${common}
      --area <区号>       国内号码的国家/地区代码（86、852、1）
  -f, --format <格式>     结果的格式：table、json、ndjson 或 csv
  -o, --output <文件>     把结果写入该文件
      --mask              隐藏电话号码中间的数字
${tail}`,
};
