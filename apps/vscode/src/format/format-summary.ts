import { formatMoney, type PhoneSummary } from '@callroll/core';
import type { SummaryState } from '../summary/summary-state.js';
import { formatDuration } from './format-duration.js';
import type { RowFormat } from './format-phone-participant.js';
import { phoneStatusLabel, phoneStatusOrder } from './status-style.js';

const count = (value: number, locale: string) => value.toLocaleString(locale);

/** "1,000 calls · 120.00 CNY": what a meeting's row says first of its phone lines. */
export function summaryHeadline(summary: PhoneSummary, format: RowFormat): string {
  const { t, locale } = format;
  if (summary.count === 0) return t('No calls');
  const cost = summary.cost.map((money) => formatMoney(money)).join(' + ');
  const calls = summary.count === 1 ? t('1 call') : t('{0} calls', count(summary.count, locale));
  return cost === '' ? calls : `${calls} · ${cost}`;
}

/** "Connected 2,000 · Unanswered 1,532": only worth a row's width when there are two statuses or more. */
export function statusBreakdown(summary: PhoneSummary, format: RowFormat): string | undefined {
  const parts = phoneStatusOrder
    .filter((status) => summary.byStatus[status] > 0)
    .map(
      (status) =>
        `${phoneStatusLabel(status, undefined, format.t)} ${count(summary.byStatus[status], format.locale)}`,
    );
  return parts.length > 1 ? parts.join(' · ') : undefined;
}

/** The summary's part of a meeting row's description, while it is read or once it is known. */
export function summaryDescription(state: SummaryState, format: RowFormat): string | undefined {
  if (state.kind === 'ready') return summaryHeadline(state.summary, format);
  if (state.kind !== 'reading') return undefined;
  return state.total === undefined
    ? format.t('Counting calls…')
    : format.t('Counting calls… {0}', progressText(state.read, state.total, format));
}

/** "8,200 / 10,000", in the person's number format. */
export function progressText(done: number, total: number | undefined, format: RowFormat): string {
  return total === undefined
    ? count(done, format.locale)
    : format.t('{0} of {1}', count(done, format.locale), count(total, format.locale));
}

/** Tooltip rows: the count, each status, the duration and the exact cost of the whole meeting. */
export function summaryFields(state: SummaryState, format: RowFormat): Array<[string, string | undefined]> {
  const { t, locale } = format;
  if (state.kind === 'failed') return [[t('Phone participants'), t('Could not be counted')]];
  if (state.kind !== 'ready') return [];
  const { summary } = state;
  const unknownRaw = [...summary.unknownRawStatuses]
    .filter(([raw]) => raw !== '')
    .map(([raw, n]) => `${raw} ${count(n, locale)}`)
    .join(', ');
  return [
    [t('Phone participants'), count(summary.count, locale)],
    ...phoneStatusOrder
      .filter((status) => summary.byStatus[status] > 0)
      .map((status): [string, string] => [
        phoneStatusLabel(status, undefined, t),
        status === 'unknown' && unknownRaw !== ''
          ? `${count(summary.byStatus[status], locale)} (${unknownRaw})`
          : count(summary.byStatus[status], locale),
      ]),
    [
      t('Total duration'),
      summary.linesWithDuration > 0
        ? t(
            '{0} over {1} lines',
            formatDuration(summary.durationSeconds, t),
            count(summary.linesWithDuration, locale),
          )
        : undefined,
    ],
    [t('Total cost'), summary.cost.map((money) => formatMoney(money)).join(' + ') || undefined],
  ];
}
