import { type ParseArgsConfig, parseArgs } from 'node:util';
import { phoneStatusSchema } from '@callroll/core';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';
import {
  type CliOptions,
  type CommandName,
  isCommandName,
  type OptionSpec,
  optionSpecs,
} from './option-specs.js';

export interface CommandLine {
  /** Undefined when none was given: the main help. */
  command: CommandName | undefined;
  options: CliOptions;
  /** The arguments after the command. */
  positionals: string[];
}

// parseArgs runs in its lenient mode only to split the arguments into tokens: we check them
// ourselves, so that every complaint is one of our own, in the user's language.
const parseConfig: ParseArgsConfig['options'] = Object.fromEntries(
  optionSpecs.map((spec) => [
    spec.long,
    {
      type: spec.kind === 'boolean' ? 'boolean' : 'string',
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.kind === 'list' ? { multiple: true } : {}),
    },
  ]),
);

/** Splits and checks the command line; throws a `CliError` (exit code 2) on any mistake. */
export function parseCommandLine(args: readonly string[], messages: Messages): CommandLine {
  const { tokens } = parseArgs({
    args: [...args],
    options: parseConfig,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const options: CliOptions = {
    status: [],
    mask: false,
    verbose: false,
    help: false,
    version: false,
    failFast: false,
    redial: [],
    noMask: false,
    yes: false,
  };
  const positionals: string[] = [];
  const seen: { spec: OptionSpec; rawName: string }[] = [];
  let command: CommandName | undefined;

  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (command === undefined && positionals.length === 0) {
        if (!isCommandName(token.value)) {
          throw usage(messages.unknownCommand(token.value), messages, undefined);
        }
        command = token.value;
      } else positionals.push(token.value);
      continue;
    }
    const spec = optionSpecs.find((candidate) => candidate.long === token.name);
    if (!spec) throw usage(messages.unknownOption(token.rawName, command ?? 'callroll'), messages, command);
    seen.push({ spec, rawName: token.rawName });
    if (spec.kind === 'boolean') {
      if (token.value !== undefined)
        throw usage(messages.optionTakesNoValue(token.rawName), messages, command);
      options[spec.key] = true;
      continue;
    }
    // `--provider --mask`: parseArgs takes the next option as the value; that is a missing value.
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && /^-./.test(value))) {
      throw usage(messages.optionNeedsValue(token.rawName), messages, command);
    }
    if (spec.kind === 'list') {
      // `--status ,,` or `--status ' '` names nothing: refused, never read as "every status".
      const parts = value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      if (parts.length === 0) {
        const allowed = phoneStatusSchema.options;
        throw usage(messages.statusListEmpty(token.rawName, allowed), messages, command);
      }
      options[spec.key].push(...parts);
    } else {
      if (options[spec.key] !== undefined)
        throw usage(messages.optionRepeated(token.rawName), messages, command);
      options[spec.key] = value;
    }
  }

  // Checked once the command is known, since options may come before it.
  if (command !== undefined && command !== 'help') {
    for (const { spec, rawName } of seen) {
      if (spec.commands && !spec.commands.includes(command)) {
        throw usage(messages.optionNotForCommand(rawName, command), messages, command);
      }
    }
  }
  return { command, options, positionals };
}

function usage(text: string, messages: Messages, command: CommandName | undefined): CliError {
  const help = messages.seeHelp(command === 'help' ? undefined : command);
  return new CliError(`${text} ${help}`, exitCodes.usage);
}
