import { formatMoney } from '@callroll/core';
import type { PhoneFilter } from '../filter/phone-filter.js';
import type { SummaryState } from '../summary/summary-state.js';
import { rowFormat } from '../tree/row-format.js';
import type { TreeContext } from '../tree/tree-context.js';
import { progressText } from './format-summary.js';

export interface PhoneListState {
  filter: PhoneFilter | undefined;
  /** Rows the filter matched so far. */
  found: number;
  /** Every row is read. */
  complete: boolean;
  /** A whole read under way. */
  reading: { read: number; total: number | undefined } | undefined;
  summary: SummaryState;
}

/** The phone list's description: the filter and its matches, a whole read's progress, or the cost. */
export function phoneListDescription(context: TreeContext, state: PhoneListState): string | undefined {
  const { t, locale } = context;
  if (state.filter) {
    const found = state.found.toLocaleString(locale);
    return t('filter “{0}”: {1}', state.filter.text, state.complete ? found : `${found}+`);
  }
  if (state.reading)
    return t('reading {0}', progressText(state.reading.read, state.reading.total, rowFormat(context)));
  const { summary } = state;
  const cost =
    summary.kind === 'ready' ? summary.summary.cost.map((money) => formatMoney(money)).join(' + ') : '';
  return cost === '' ? undefined : t('total {0}', cost);
}
