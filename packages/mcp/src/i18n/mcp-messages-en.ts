import { accountMessagesEn } from '@callroll/accounts/i18n';
import type { McpMessages } from './mcp-messages.js';
import { mcpWords } from './mcp-words.js';

const count = (value: number) => value.toLocaleString('en');
const plural = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`;

export const mcpMessagesEn: McpMessages = {
  ...accountMessagesEn(mcpWords.en),

  help: (version, configPath) =>
    [
      `callroll-mcp ${version}: the Callroll MCP server, over standard input and output.`,
      '',
      'Usage: callroll-mcp [--show-numbers] [--allow-callouts] [--config <file>]',
      '',
      '  --show-numbers    answer phone numbers in full (masked otherwise)',
      '  --allow-callouts  offer start_callouts, cancel_callouts and redial, which ring real phones',
      `  --config <file>   the config file of accounts and plugins (default ${configPath}, or CALLROLL_CONFIG)`,
      '  --help, --version',
      '',
      'Settings come from CALLROLL_<PROVIDER>_<FIELD> variables and the config file, as for callroll.',
      'Messages are in English or Chinese by CALLROLL_LANG, LC_ALL, LC_MESSAGES or LANG.',
    ].join('\n'),
  unknownFlag: (flag) => `${flag} is not an option of callroll-mcp; see callroll-mcp --help.`,
  flagNeedsValue: (flag) => `${flag} needs a value; see callroll-mcp --help.`,
  started: (version, configPath, flags) =>
    `callroll-mcp ${version} serving on standard input and output; config file ${configPath}${flags.length > 0 ? `; ${flags.join(' ')}` : ''}`,
  failed: (line) => `callroll-mcp: ${line}`,

  invalidDate: (argument, value) =>
    `"${argument}" "${value}" is not a date; write 2026-11-01, "2026-11-01 09:00" or 2026-11-01T09:00:00+08:00.`,
  rangeReversed: '"from" must be before "to".',
  cursorInvalid: 'The cursor is not one this server gave; call again without it to start from the beginning.',
  cursorElsewhere:
    'The cursor belongs to another listing (another provider, account, meeting, range or status filter); call again with the arguments it came with, or without it.',

  providersText: (total, ready) =>
    `${plural(total, 'provider', 'providers')}; ready to use: ${ready.length > 0 ? ready.join(', ') : 'none (settings missing)'}.`,
  meetingsText: (total, provider, more) =>
    `${plural(total, 'meeting', 'meetings')} of ${provider}${more ? '; more with nextCursor' : ''}.`,
  summaryText: ({ topic, count: total, byStatus, unknown, duration, cost }) =>
    [
      `${topic}: ${plural(total, 'phone participant', 'phone participants')}.`,
      `By status: ${Object.entries(byStatus)
        .filter(([, value]) => value > 0)
        .map(([status, value]) => `${status} ${count(value)}`)
        .join(', ')}${unknown ? ` (provider statuses: ${unknown})` : ''}.`,
      `Duration: ${duration ?? 'not reported'}. Cost: ${cost ?? 'not reported'}.`,
    ].join(' '),
  phonesText: (total, masked, more) =>
    `${plural(total, 'phone participant', 'phone participants')}${masked ? ', numbers masked' : ''}${more ? '; more with nextCursor' : ''}.`,
  calloutsText: (operation, counts) => {
    const done = operation === 'start' ? 'placed' : 'cancelled';
    const total = counts.accepted + counts.refused + counts.failed + counts['not-attempted'];
    return `${count(counts.accepted)} of ${count(total)} ${done}: ${count(counts.refused)} refused, ${count(counts.failed)} failed, ${count(counts['not-attempted'])} not attempted.`;
  },
  failedHint:
    'A failed batch may have taken effect in part: check with list_phone_participants before trying those numbers again.',
  nothingToRedial: (statuses, meeting) =>
    `No number of ${meeting} is ${statuses.join(' or ')} now: nothing was called.`,
  uncallable: (lines) =>
    `${plural(lines, 'line', 'lines')} in those statuses have no number that can be called; left out.`,
};
