import type { Readable } from 'node:stream';
import { configLocation } from '@callroll/accounts/config-location';
import { detectLocale } from '@callroll/accounts/i18n';
import { helpText } from './cli/help-text.js';
import { type CommandName, isCommandName } from './cli/option-specs.js';
import { type CommandLine, parseCommandLine } from './cli/parse-command-line.js';
import { CliError } from './errors/cli-error.js';
import { exitCodes } from './errors/exit-codes.js';
import { messagesFor } from './i18n/messages-for.js';
import type { CliContext, TerminalStream } from './run/cli-context.js';
import { watchInterrupts } from './run/interrupts.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: TerminalStream;
  stderr: TerminalStream;
  stdin?: Readable | undefined;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

type Command = (context: CliContext, line: CommandLine) => Promise<void>;

// Each command is loaded when run: the providers' code (zod, libphonenumber's metadata)
// takes half a second to load, which `--help`, `--version` and usage errors need not wait for.
// `mcp` is not among them: it hands its arguments to the MCP server as they are.
const commands: Record<Exclude<CommandName, 'help' | 'mcp'>, () => Promise<Command>> = {
  providers: async () => (await import('./commands/providers-command.js')).runProvidersCommand,
  meetings: async () => (await import('./commands/meetings-command.js')).runMeetingsCommand,
  meeting: async () => (await import('./commands/meeting-command.js')).runMeetingCommand,
  phones: async () => (await import('./commands/phones-command.js')).runPhonesCommand,
  demo: async () => (await import('./commands/demo-command.js')).runDemoCommand,
  watch: async () => (await import('./commands/watch-command.js')).runWatchCommand,
  callout: async () => (await import('./commands/callout-command.js')).runCalloutCommand,
  cancel: async () => (await import('./commands/cancel-command.js')).runCancelCommand,
};

let timeZone: string | undefined;
function localTimeZone(): string {
  timeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return timeZone;
}

/** Runs one command line and returns the exit code; every failure becomes one line on stderr. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const locale = detectLocale(io.env);
  const messages = messagesFor(locale);
  const interrupts = watchInterrupts(io.stderr, messages.interruptAgain);
  const inUse: CliContext['inUse'] = { factory: undefined };
  try {
    // The MCP server reads its own flags and speaks the protocol on stdout until stdin closes.
    if (args[0] === 'mcp' || (args[0] === 'help' && args[1] === 'mcp')) {
      const { runMcpServer } = await import('@callroll/mcp');
      return runMcpServer(args[0] === 'mcp' ? args.slice(1) : ['--help'], {
        stdin: io.stdin ?? process.stdin,
        stdout: io.stdout,
        stderr: io.stderr,
        env: io.env,
        cwd: io.cwd,
        signal: interrupts.signal,
      });
    }
    const line = parseCommandLine(args, messages);
    if (line.options.version) {
      io.stdout.write(`${VERSION}\n`);
      return exitCodes.ok;
    }
    if (line.command === undefined || line.command === 'help' || line.options.help) {
      let topic = line.command === 'help' ? line.positionals[0] : line.command;
      if (topic !== undefined && !isCommandName(topic)) {
        throw new CliError(
          `${messages.unknownCommand(topic)} ${messages.seeHelp(undefined)}`,
          exitCodes.usage,
        );
      }
      if (topic === 'help') topic = undefined;
      const configPath = configLocation(io.env, line.options.config, io.cwd).path;
      io.stdout.write(`${helpText(topic, messages, VERSION, configPath)}\n`);
      return exitCodes.ok;
    }
    const context: CliContext = {
      locale,
      messages,
      env: io.env,
      cwd: io.cwd,
      stdout: io.stdout,
      stderr: io.stderr,
      stdin: io.stdin,
      signal: interrupts.signal,
      // Read on first use: the first Intl call costs some 20 ms, and most output needs no zone.
      get timeZone() {
        return localTimeZone();
      },
      verbose: line.options.verbose,
      inUse,
    };
    if (line.command === 'mcp') {
      // Options before it (`callroll -v mcp`): the server takes its own, after its name.
      throw new CliError(
        `${messages.optionNotForCommand(args[0] ?? '', 'mcp')} ${messages.seeHelp('mcp')}`,
        exitCodes.usage,
      );
    }
    const command = await commands[line.command]();
    await command(context, line);
    return exitCodes.ok;
  } catch (error) {
    const report =
      CliError.isInstance(error) && interrupts.received === undefined
        ? { exitCode: error.exitCode, line: error.message }
        : (await import('./errors/describe-error.js')).describeError(error, {
            messages,
            interrupted: interrupts.received,
            factory: inUse.factory,
          });
    if (report.line !== undefined) io.stderr.write(`callroll: ${report.line}\n`);
    return report.exitCode;
  } finally {
    interrupts.dispose();
  }
}
