import { extname } from 'node:path';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';

export const outputFormats = ['table', 'json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof outputFormats)[number];

const byExtension: Record<string, OutputFormat> = {
  '.csv': 'csv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.txt': 'table',
};

/**
 * `--format` if given; else the `--output` file's extension; else a table for a person at a
 * terminal and NDJSON for a pipe or file, which a script reads line by line as it streams.
 */
export function chooseFormat(
  requested: string | undefined,
  outputPath: string | undefined,
  stdoutIsTerminal: boolean,
  messages: Messages,
): OutputFormat {
  if (requested !== undefined) {
    const format = outputFormats.find((candidate) => candidate === requested.toLowerCase());
    if (!format) {
      throw new CliError(
        `${messages.invalidFormat(requested, outputFormats)} ${messages.seeHelp(undefined)}`,
        exitCodes.usage,
      );
    }
    return format;
  }
  if (outputPath !== undefined) return byExtension[extname(outputPath).toLowerCase()] ?? 'ndjson';
  return stdoutIsTerminal ? 'table' : 'ndjson';
}
