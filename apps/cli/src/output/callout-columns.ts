import { type CallOutOutcome, formatPhoneNumber, parsePhoneNumber } from '@callroll/core';
import type { CallOutOperation } from '../i18n/live-messages.js';
import type { Messages } from '../i18n/messages.js';
import type { Column } from './column.js';

export interface CalloutColumnOptions {
  messages: Messages;
  operation: CallOutOperation;
  mask: boolean;
  /** The one line each failed batch's error is worded as. */
  describe: (error: unknown) => string;
}

const phoneOf = (outcome: CallOutOutcome) =>
  'phone' in outcome
    ? outcome.phone
    : parsePhoneNumber({ number: outcome.target.number, extension: outcome.target.extension });

/** The result rows of `callroll callout` and `cancel`: one per number, in the order given. */
export function calloutColumns(options: CalloutColumnOptions): Column<CallOutOutcome>[] {
  const { messages, operation, mask } = options;
  const titles = messages.live.columns;
  const words = messages.live.outcome[operation];
  const reason = (outcome: CallOutOutcome): string | null => {
    if (outcome.status === 'refused') return outcome.reason;
    if (outcome.status === 'failed') return options.describe(outcome.error);
    return null;
  };
  return [
    { key: 'phone', title: titles.number, value: (o) => formatPhoneNumber(phoneOf(o), { mask }) },
    {
      key: 'e164',
      title: 'e164',
      value: (o) => {
        const phone = phoneOf(o);
        return mask || !phone.parsed ? null : phone.e164;
      },
      machineOnly: true,
    },
    { key: 'extension', title: 'extension', value: (o) => phoneOf(o).extension ?? null, machineOnly: true },
    { key: 'name', title: titles.name, value: (o) => o.target.name ?? null, freeText: true },
    {
      key: 'result',
      title: titles.result,
      // Stable for scripts: what was done (placed, cancelled), or what went wrong.
      value: (o) => (o.status === 'accepted' ? (operation === 'start' ? 'placed' : 'cancelled') : o.status),
      text: (o) => words[o.status],
    },
    { key: 'reason', title: titles.reason, value: reason, freeText: true },
    {
      key: 'batch',
      title: titles.batch,
      value: (o) => (o.status === 'not-attempted' ? null : o.batch),
      align: 'right',
    },
  ];
}
