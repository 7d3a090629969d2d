import type { Locale } from '@callroll/accounts/i18n';
import { formatPhoneNumber, type PhoneChangeEvent, phoneStatusSchema } from '@callroll/core';
import type { Messages } from '../i18n/messages.js';
import type { WatchTally } from '../run/watch-tally.js';
import { fitCell } from './display-width.js';

export interface LiveViewOptions {
  messages: Messages;
  locale: Locale;
  timeZone: string;
  provider: string;
  mask: boolean;
  /** The terminal's size: lines are cut to its width, and the view kept within its height. */
  columns: number;
  rows: number;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

function clock(date: Date, timeZone: string): string {
  let format = clocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, format);
  }
  return format.format(date);
}

const signed = (value: number, locale: string) =>
  value === 0 ? '' : `${value > 0 ? '+' : '-'}${Math.abs(value).toLocaleString(locale)}`;

/**
 * The lines of the `watch` view on a terminal: the meeting, the round and the budget, the counts
 * by status with their moves since the last round and since the start, and the latest changes,
 * newest first. Every line fits the terminal's width, and the whole fits its height, so that a
 * redraw can go back up over exactly the lines it wrote.
 */
export function renderLiveView(tally: WatchTally, options: LiveViewOptions): string[] {
  const { messages, locale, timeZone } = options;
  const view = messages.live.view;
  const round = tally.latest;
  if (!round) return [];
  const { meeting, budget } = round;
  const number = (value: number) => value.toLocaleString(locale);
  const lines = [
    view.title(
      meeting.topic ?? meeting.id,
      meeting.id,
      messages.meetingStatus[meeting.status],
      options.provider,
    ),
    view.round(round.round, clock(round.at, timeZone), Math.round(round.intervalMs / 1000)),
    view.budget(
      budget.callsPerRound,
      budget.callsPerMinute,
      budget.allowedPerMinute,
      budget.requestsPerMinute,
      `${Math.round(budget.share * 100)}%`,
    ),
    ...(budget.overBudget ? [view.overBudget] : []),
    '',
  ];
  const widths = [12, 8, 11, 12];
  const row = (cells: string[]) =>
    cells
      .map((cell, index) => fitCell(cell, widths[index] ?? 8, index === 0 ? 'left' : 'right', true))
      .join('  ');
  lines.push(row([...view.headers]));
  for (const status of phoneStatusSchema.options) {
    lines.push(
      row([
        messages.phoneStatus[status],
        number(round.counts.byStatus[status]),
        signed(tally.moved(status, tally.previous), locale),
        signed(tally.moved(status, tally.first), locale),
      ]),
    );
  }
  lines.push(row([view.total, number(round.counts.count), '', '']), '', view.latest);
  const room = Math.max(0, options.rows - lines.length - 2);
  const recent = tally.recent.slice(-Math.min(10, room)).reverse();
  if (recent.length === 0)
    lines.push(`  ${tally.rounds > 1 ? view.noChanges : view.firstLook(tally.firstLook)}`);
  for (const change of recent) lines.push(`  ${changeLine(change, options)}`);
  lines.push(view.footer);
  const width = Math.max(10, options.columns - 1);
  return lines.map((line) => fitCell(line, width, 'left', true).trimEnd());
}

function changeLine(change: PhoneChangeEvent, options: LiveViewOptions): string {
  const { messages } = options;
  const status = messages.phoneStatus;
  const from = change.type === 'added' ? messages.live.view.added : status[change.from];
  const to = change.type === 'removed' ? messages.live.view.removed : status[change.to];
  const phone = formatPhoneNumber(change.participant.phone, { mask: options.mask });
  const name = change.participant.name ? `  ${change.participant.name}` : '';
  return `${clock(change.at, options.timeZone)}  ${phone}${name}  ${from} → ${to}`;
}
