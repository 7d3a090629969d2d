import type { TreeContext } from './tree-context.js';

/** Logs how long the first rows of a meeting took from its expansion (the e2e reads this line). */
export function logFirstRows(
  context: TreeContext,
  started: number | undefined,
  rows: { rows: number; total: number | undefined; meetingId: string },
): void {
  if (started === undefined) return;
  const total = rows.total === undefined ? '' : ` of ${rows.total}`;
  context.log.info(
    `metric first-rows: ${rows.rows}${total} phone participants of meeting ${rows.meetingId} ready ${(context.clock() - started).toFixed(1)} ms after expanding it`,
  );
}
