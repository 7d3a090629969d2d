import { NotFoundError, type ProviderFactoryV1 } from '@callroll/core';
import { CliError } from '../errors/cli-error.js';
import { describeError } from '../errors/describe-error.js';
import { exitCodes } from '../errors/exit-codes.js';
import { type CliContext, logLine } from './cli-context.js';
import type { MeetingFailure } from './resolve-meetings.js';

/** An output that can carry a record besides its rows (JSON, NDJSON). */
export interface NoteWriter {
  writeNote?(record: Record<string, unknown>): Promise<void> | undefined;
}

/**
 * The meetings of a many-meeting read that could not be read: each a warning on stderr as it
 * happens (and an `error` record where the output is JSON), then one line and a documented exit
 * code at the end, after every other meeting was written.
 */
export class MeetingFailures {
  private readonly failures: MeetingFailure[] = [];

  constructor(
    private readonly context: CliContext,
    private readonly factory: ProviderFactoryV1 | undefined,
  ) {}

  get count(): number {
    return this.failures.length;
  }

  /** Says so now; writes the record into JSON and NDJSON output. */
  async add(failure: MeetingFailure, writer?: NoteWriter | undefined): Promise<void> {
    this.failures.push(failure);
    const report = describeError(failure.error, {
      messages: this.context.messages,
      interrupted: undefined,
      factory: this.factory,
    });
    const line = report.line ?? failure.error.message;
    logLine(this.context, `callroll: ${this.context.messages.meetingSkipped(failure.source.where, line)}`);
    await writer?.writeNote?.({
      meetingId: failure.meetingId ?? null,
      ref: failure.source.ref,
      error: { kind: failure.error.kind, exitCode: report.exitCode, message: line },
    });
  }

  /** Throws the end-of-command line when any meeting failed: 11 if all were not found, else 12. */
  finish(asked: number): void {
    if (this.failures.length === 0) return;
    const notFound = this.failures.filter((failure) => NotFoundError.isInstance(failure.error)).length;
    const others = this.failures.length - notFound;
    const { messages } = this.context;
    throw new CliError(
      messages.someMeetingsFailed(asked, notFound, others),
      others === 0 ? exitCodes.someNotFound : exitCodes.someFailed,
    );
  }
}
