import { type CallOutReport, type CallOutTarget, formatPhoneNumber, parsePhoneNumber } from '@callroll/core';
import type { Localize } from '../util/localize.js';

/** Numbers a confirmation lists before "and n more": a dialog, not a report. */
const listed = 15;

export interface CallOutTextFormat {
  t: Localize;
  mask: boolean;
  locale: string;
}

/** A target as a person reads it: its number (masked while masking is on), then its name. */
export function targetText(target: CallOutTarget, mask: boolean): string {
  const phone = parsePhoneNumber({ number: target.number, extension: target.extension });
  const number = formatPhoneNumber(phone, { mask });
  return target.name ? `${number} (${target.name})` : number;
}

/** The body of the confirmation: what will be called, in how many requests, and that it costs. */
export function callOutConfirmationDetail(
  targets: readonly CallOutTarget[],
  batchSize: number,
  format: CallOutTextFormat,
): string {
  const { t, mask, locale } = format;
  const lines = targets.slice(0, listed).map((target) => targetText(target, mask));
  if (targets.length > listed)
    lines.push(t('…and {0} more', (targets.length - listed).toLocaleString(locale)));
  const batches = Math.ceil(targets.length / Math.max(1, batchSize));
  return [
    lines.join('\n'),
    t(
      'Each number is called now and the calls are charged. {0} request(s) of at most {1} numbers; a request that fails is not sent again.',
      batches.toLocaleString(locale),
      batchSize.toLocaleString(locale),
    ),
  ].join('\n\n');
}

/** What a run did, in one message: placed, refused (with the provider's reasons), failed, not tried. */
export function callOutReportText(
  report: CallOutReport,
  meeting: string,
  format: CallOutTextFormat & { failure: (error: unknown) => string },
): { level: 'info' | 'warning'; message: string } {
  const { t, mask, locale } = format;
  const n = (value: number) => value.toLocaleString(locale);
  const { counts } = report;
  if (report.complete)
    return { level: 'info', message: t('Placed {0} call(s) into “{1}”.', n(counts.accepted), meeting) };
  const refusals = report.outcomes.flatMap((outcome) =>
    outcome.status === 'refused' ? [`${targetText(outcome.target, mask)}: ${outcome.reason}`] : [],
  );
  const parts = [
    t(
      'Call-out into “{0}”: {1} placed, {2} refused, {3} failed, {4} not attempted.',
      meeting,
      n(counts.accepted),
      n(counts.refused),
      n(counts.failed),
      n(counts['not-attempted']),
    ),
  ];
  if (refusals.length > 0) parts.push(t('Refused: {0}', refusals.slice(0, 5).join('; ')));
  if (report.failure !== undefined)
    parts.push(t('Failed (unknown whether called): {0}', format.failure(report.failure)));
  return { level: 'warning', message: parts.join(' ') };
}
