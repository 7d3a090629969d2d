import { resolve } from 'node:path';
import type { CliOptions } from '../cli/option-specs.js';
import { PartialOutputError } from '../errors/partial-output-error.js';
import type { Column } from '../output/column.js';
import { createListingWriter } from '../output/create-listing-writer.js';
import type { ListingWriter } from '../output/listing-writer.js';
import { OutputError } from '../output/output-error.js';
import { chooseFormat, type OutputFormat } from '../output/output-format.js';
import { TextSink } from '../output/text-sink.js';
import type { CliContext } from './cli-context.js';

export interface ListingOutput<T> {
  format: OutputFormat;
  sink: TextSink;
  writer: ListingWriter<T>;
}

/** The destination (`--output` file or standard output) and the writer of the format. */
export async function openListingOutput<T>(
  context: CliContext,
  format: OutputFormat,
  options: Pick<CliOptions, 'output'>,
  columns: readonly Column<T>[],
): Promise<ListingOutput<T>> {
  const sink = await openSink(context, options);
  return { format, sink, writer: await createListingWriter(format, sink, columns, context.messages.noRows) };
}

/** Checked before anything else, so that a wrong --format fails before settings are read. */
export function openFormat(
  context: CliContext,
  options: Pick<CliOptions, 'format' | 'output'>,
): OutputFormat {
  const terminal = options.output === undefined && context.stdout.isTTY === true;
  return chooseFormat(options.format, options.output, terminal, context.messages);
}

export function openSink(context: CliContext, options: Pick<CliOptions, 'output'>): Promise<TextSink> {
  return options.output === undefined
    ? Promise.resolve(TextSink.forStream(context.stdout))
    : TextSink.forFile(resolve(context.cwd, options.output));
}

/**
 * Runs the work that writes the rows, then completes the output. On an error or interruption
 * the output is still completed (the JSON array closed, the file flushed and closed), so a file
 * always ends with a whole row, and the error says how many rows it holds.
 */
export async function completeListing<T>(output: ListingOutput<T>, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    try {
      await output.writer.finish();
      await output.sink.close();
    } catch {
      // The first error is the one to report.
    }
    if (output.sink.path !== undefined && !OutputError.isInstance(error)) {
      throw new PartialOutputError(error, output.sink.path, output.writer.rows);
    }
    throw error;
  }
  await output.writer.finish();
  await output.sink.close();
}
