import { type PhoneParticipant, type PhoneSummary, PhoneSummaryBuilder } from '@callroll/core';

/**
 * What a meeting row knows of its phone lines as a whole: nothing yet, a read under way (rows read
 * of how many), the summary of every line, or why it could not be read.
 */
export type SummaryState =
  | { kind: 'none' }
  | { kind: 'reading'; read: number; total?: number | undefined }
  | { kind: 'ready'; summary: PhoneSummary }
  | { kind: 'failed'; error: unknown };

/** Every line of a meeting summed with the core's builder (the rows of a listing read whole). */
export function summaryOf(rows: Iterable<PhoneParticipant>): PhoneSummary {
  const builder = new PhoneSummaryBuilder();
  for (const row of rows) builder.add(row);
  return builder.result;
}
