/** The commands, with names fixed by the issue that specified them. */
export const commandNames = [
  'providers',
  'meetings',
  'meeting',
  'phones',
  'demo',
  'help',
  'watch',
  'callout',
  'cancel',
  'mcp',
] as const;
export type CommandName = (typeof commandNames)[number];

export function isCommandName(value: string): value is CommandName {
  return (commandNames as readonly string[]).includes(value);
}

/** What the command line said, checked for shape (values are checked by each command). */
export interface CliOptions {
  provider?: string | undefined;
  account?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status: string[];
  format?: string | undefined;
  output?: string | undefined;
  outputDir?: string | undefined;
  config?: string | undefined;
  /** A file of meeting ids or codes, one a line (`-`: standard input). */
  idsFrom?: string | undefined;
  /** Stop at the first meeting that cannot be read, as with one meeting. */
  failFast: boolean;
  mask: boolean;
  verbose: boolean;
  help: boolean;
  version: boolean;
  // watch, callout and cancel
  redial: string[];
  noMask: boolean;
  yes: boolean;
  share?: string | undefined;
  interval?: string | undefined;
  area?: string | undefined;
  name?: string | undefined;
}

type StringOption =
  | 'provider'
  | 'account'
  | 'from'
  | 'to'
  | 'format'
  | 'output'
  | 'outputDir'
  | 'config'
  | 'idsFrom'
  | LiveStringOption;
type BooleanOption = 'mask' | 'verbose' | 'help' | 'version' | 'failFast' | 'noMask' | 'yes';
type LiveStringOption = 'share' | 'interval' | 'area' | 'name';

export type OptionSpec = {
  long: string;
  short?: string | undefined;
  /** The commands it applies to; undefined: every command. */
  commands?: readonly CommandName[] | undefined;
} & (
  | { key: StringOption; kind: 'string' }
  | { key: 'status' | 'redial'; kind: 'list' }
  | { key: BooleanOption; kind: 'boolean' }
);

const live: readonly CommandName[] = ['watch', 'callout', 'cancel'];
const listings: readonly CommandName[] = ['providers', 'meetings', 'meeting', 'phones', ...live];
const withProvider: readonly CommandName[] = ['meetings', 'meeting', 'phones', ...live];

export const optionSpecs: readonly OptionSpec[] = [
  { key: 'provider', long: 'provider', short: 'p', kind: 'string', commands: withProvider },
  { key: 'account', long: 'account', short: 'a', kind: 'string', commands: withProvider },
  { key: 'from', long: 'from', kind: 'string', commands: ['meetings'] },
  { key: 'to', long: 'to', kind: 'string', commands: ['meetings'] },
  { key: 'status', long: 'status', kind: 'list', commands: ['phones'] },
  { key: 'format', long: 'format', short: 'f', kind: 'string', commands: listings },
  { key: 'output', long: 'output', short: 'o', kind: 'string', commands: listings },
  {
    key: 'mask',
    long: 'mask',
    kind: 'boolean',
    commands: ['meetings', 'meeting', 'phones', 'callout', 'cancel'],
  },
  { key: 'config', long: 'config', kind: 'string', commands: listings },
  { key: 'outputDir', long: 'output-dir', kind: 'string', commands: ['demo'] },
  { key: 'idsFrom', long: 'ids-from', kind: 'string', commands: ['meeting', 'phones'] },
  { key: 'failFast', long: 'fail-fast', kind: 'boolean', commands: ['meeting', 'phones'] },
  { key: 'noMask', long: 'no-mask', kind: 'boolean', commands: ['watch'] },
  { key: 'share', long: 'share', kind: 'string', commands: ['watch'] },
  { key: 'interval', long: 'interval', kind: 'string', commands: ['watch'] },
  { key: 'area', long: 'area', kind: 'string', commands: ['callout', 'cancel'] },
  { key: 'name', long: 'name', kind: 'string', commands: ['callout'] },
  { key: 'redial', long: 'redial', kind: 'list', commands: ['callout'] },
  { key: 'yes', long: 'yes', short: 'y', kind: 'boolean', commands: ['callout'] },
  { key: 'verbose', long: 'verbose', short: 'v', kind: 'boolean' },
  { key: 'help', long: 'help', short: 'h', kind: 'boolean' },
  { key: 'version', long: 'version', short: 'V', kind: 'boolean' },
];
