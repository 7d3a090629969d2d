import type { Meeting, ProviderV1 } from '@callroll/core';
import { readSummaries, summarizesWithList } from '../summary/read-summaries.js';
import type { SummaryState } from '../summary/summary-state.js';
import type { Logger } from '../util/logger.js';

/** A meeting row that shows a summary of its calls. */
export interface SummaryTarget {
  readonly meeting: Meeting;
  summaryState(): SummaryState;
  /** Redraws the row unless `redraw` is false (it is about to be drawn anyway). */
  setSummary(state: SummaryState, redraw?: boolean): void;
}

/**
 * Sums the calls of the rows that show without a summary yet, when the provider reads many
 * meetings in one call (see `summarizesWithList`); all in one batched read. A row whose meeting
 * cannot be read shows no summary (its tooltip says so); nothing else fails.
 */
export function requestSummaries(
  provider: ProviderV1,
  rows: readonly SummaryTarget[],
  log: Logger,
  signal?: AbortSignal,
): void {
  if (!summarizesWithList(provider)) return;
  const wanted = rows.filter((row) => row.summaryState().kind === 'none');
  if (wanted.length === 0) return;
  for (const row of wanted) row.setSummary({ kind: 'reading', read: 0 }, false);
  readSummaries(
    provider,
    wanted.map((row) => row.meeting.id),
    (index, result) => {
      const row = wanted[index];
      if (!row) return;
      row.setSummary(
        'summary' in result
          ? { kind: 'ready', summary: result.summary }
          : { kind: 'failed', error: result.error },
      );
    },
    signal,
  ).catch((error: unknown) => {
    // Aborted (the list was refreshed) or a failure of the whole read: the rows show no summary.
    for (const row of wanted)
      if (row.summaryState().kind === 'reading') row.setSummary({ kind: 'failed', error });
    if (!signal?.aborted)
      log.warn(
        `Summaries of ${wanted.length} meetings failed: ${error instanceof Error ? error.message : String(error)}`,
      );
  });
}
