import type { McpMessages } from '../i18n/mcp-messages.js';

/** The server's command line, read. */
export interface ServerArgs {
  showNumbers: boolean;
  allowCallouts: boolean;
  config: string | undefined;
  help: boolean;
  version: boolean;
}

export type ParsedServerArgs = { ok: true; args: ServerArgs } | { ok: false; problem: string };

const switches = {
  '--show-numbers': 'showNumbers',
  '--allow-callouts': 'allowCallouts',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
} as const satisfies Record<string, keyof ServerArgs>;

/** `--show-numbers`, `--allow-callouts`, `--config <file>` (or `--config=<file>`), `--help`, `--version`. */
export function parseServerArgs(argv: readonly string[], messages: McpMessages): ParsedServerArgs {
  const args: ServerArgs = {
    showNumbers: false,
    allowCallouts: false,
    config: undefined,
    help: false,
    version: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg in switches) {
      args[switches[arg as keyof typeof switches]] = true;
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      const value = arg === '--config' ? argv[++index] : arg.slice('--config='.length);
      if (value === undefined || value.trim() === '')
        return { ok: false, problem: messages.flagNeedsValue('--config') };
      args.config = value;
    } else {
      return { ok: false, problem: messages.unknownFlag(arg) };
    }
  }
  return { ok: true, args };
}
