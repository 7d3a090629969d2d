import { type CallOutOutcome, type CallOutRecord, toCallOutRecord } from '@callroll/core';
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

/** The result rows of `callroll callout` and `cancel`: one per number, in the order given. */
export function calloutColumns(options: CalloutColumnOptions): Column<CallOutOutcome>[] {
  const { messages, operation } = options;
  const titles = messages.live.columns;
  const words = messages.live.outcome[operation];
  // Each row's record is made once, for all its columns.
  const records = new WeakMap<CallOutOutcome, CallOutRecord>();
  const record = (outcome: CallOutOutcome): CallOutRecord => {
    let made = records.get(outcome);
    if (!made) {
      made = toCallOutRecord(outcome, options);
      records.set(outcome, made);
    }
    return made;
  };
  return [
    { key: 'phone', title: titles.number, value: (o) => record(o).phone },
    { key: 'e164', title: 'e164', value: (o) => record(o).e164, machineOnly: true },
    { key: 'extension', title: 'extension', value: (o) => record(o).extension, machineOnly: true },
    { key: 'name', title: titles.name, value: (o) => record(o).name, freeText: true },
    {
      key: 'result',
      title: titles.result,
      // Stable for scripts: what was done (placed, cancelled), or what went wrong.
      value: (o) => record(o).result,
      text: (o) => words[o.status],
    },
    { key: 'reason', title: titles.reason, value: (o) => record(o).reason, freeText: true },
    { key: 'batch', title: titles.batch, value: (o) => record(o).batch, align: 'right' },
  ];
}
