import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CliError } from '../errors/cli-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import type { Messages } from '../i18n/messages.js';

/** Far beyond a billing check's thousands of meetings; a file past it is a mistake. */
export const maxMeetingRefs = 100_000;
/** A line longer than this is no meeting id or pasted code. */
const maxLineLength = 1000;

/** A meeting ref and where it came from, for messages. */
export interface MeetingRefSource {
  ref: string;
  /** `ids.txt:12`, or `argument 3`. */
  where: string;
}

export interface MeetingRefs {
  refs: MeetingRefSource[];
  /** Refs given more than once (the same text), read once. */
  duplicates: number;
}

/**
 * A line's ref: trimmed, with `# comment` removed. A `#` followed by a space (or ending the line)
 * starts a comment; one followed by text is part of a pasted code (`#腾讯会议：123-456-789`).
 */
export function refOfLine(line: string): string {
  return line.replace(/(^|\s)#(\s.*)?$/, '').trim();
}

/**
 * The meetings a command is asked for: its arguments, then the lines of `--ids-from` (a file, or
 * `-` for standard input), in order, each text once. Throws a usage `CliError` for none, too many,
 * or a file that cannot be read.
 */
export async function readMeetingRefs(options: {
  positionals: readonly string[];
  idsFrom: string | undefined;
  cwd: string;
  stdin: Readable | undefined;
  messages: Messages;
}): Promise<MeetingRefs> {
  const { messages } = options;
  const found: MeetingRefSource[] = options.positionals.map((ref, index) => ({
    ref,
    where: messages.refArgument(index + 1),
  }));
  if (options.idsFrom !== undefined) found.push(...(await readRefsFile(options.idsFrom, options)));
  const seen = new Set<string>();
  const refs: MeetingRefSource[] = [];
  for (const item of found) {
    if (seen.has(item.ref)) continue;
    seen.add(item.ref);
    refs.push(item);
  }
  return { refs, duplicates: found.length - refs.length };
}

async function readRefsFile(
  idsFrom: string,
  options: { cwd: string; stdin: Readable | undefined; messages: Messages },
): Promise<MeetingRefSource[]> {
  const { messages } = options;
  const fromStdin = idsFrom === '-';
  const label = fromStdin ? messages.standardInput : idsFrom;
  const input = fromStdin ? options.stdin : createReadStream(resolve(options.cwd, idsFrom), 'utf8');
  if (input === undefined)
    throw new CliError(messages.idsFromUnreadable(label, messages.ioReason(undefined)), exitCodes.usage);
  const refs: MeetingRefSource[] = [];
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  try {
    for await (const raw of lines) {
      number++;
      if (raw.length > maxLineLength)
        throw new CliError(messages.idsFromLineTooLong(`${label}:${number}`), exitCodes.usage);
      const ref = refOfLine(number === 1 ? raw.replace(/^\uFEFF/, '') : raw);
      if (ref === '') continue;
      if (refs.length >= maxMeetingRefs)
        throw new CliError(messages.idsFromTooMany(label, maxMeetingRefs), exitCodes.usage);
      refs.push({ ref, where: `${label}:${number}` });
    }
  } catch (error) {
    if (CliError.isInstance(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(messages.idsFromUnreadable(label, messages.ioReason(code)), exitCodes.usage);
  } finally {
    lines.close();
    if (!fromStdin && 'destroy' in input) input.destroy();
  }
  return refs;
}
