import { liveHelpEn } from './live-help-en.js';
import type { LiveMessages } from './live-messages.js';

const count = (value: number) => value.toLocaleString('en');
const plural = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`;

export const liveMessagesEn: LiveMessages = {
  ...liveHelpEn,

  argumentNumbers: 'one or more phone numbers, or --redial <status>',
  invalidShare: (value) =>
    `--share "${value}" is not a share of the limit; give a fraction over 0 and at most 1, such as 0.5 or 50%.`,
  invalidInterval: (value) => `--interval "${value}" is not a number of seconds from 1 to 3600.`,
  watchFormat: (value) =>
    `watch shows a live view on a terminal or writes NDJSON (-f ndjson); "${value}" is neither, here.`,
  nameWithoutNumbers:
    '--name names the numbers given on the command line; --redial keeps the name each line had.',
  cannotWatch: 'follow a live meeting: it reports phone participants only once a meeting ended',
  cannotCallOut: 'call out or cancel call-outs',

  confirmHeading: (total, meeting, batches, batchSize) =>
    `Call ${plural(total, 'number', 'numbers')} into ${meeting}${batches > 1 ? `, in ${batches} batches of up to ${batchSize}` : ''}:`,
  confirmMore: (more) => `  … and ${count(more)} more`,
  confirmCharged: 'Each number is rung now, and the calls are charged to the account.',
  confirmPrompt: 'Call them? [y/N] ',
  isYes: (answer) => /^(y|yes)$/i.test(answer.trim()),
  needsYes:
    'callout rings real phones, and the calls are charged: run it on a terminal to confirm, or pass --yes.',
  declined: 'Not confirmed: nothing was called.',
  nothingToRedial: (statuses, meeting) =>
    `No number of ${meeting} is ${statuses.join(' or ')} now: nothing to call.`,
  uncallable: (lines) =>
    `${plural(lines, 'line', 'lines')} in those statuses have no number that can be called; left out.`,

  batchProgress: (operation, batch, batches) =>
    `${operation === 'start' ? 'calling' : 'cancelling'}: batch ${batch} of ${batches} answered`,
  outcome: {
    start: { accepted: 'placed', refused: 'refused', failed: 'failed', 'not-attempted': 'not attempted' },
    cancel: { accepted: 'cancelled', refused: 'refused', failed: 'failed', 'not-attempted': 'not attempted' },
  },
  columns: { number: 'number', name: 'name', result: 'result', reason: 'reason', batch: 'batch' },
  notAll: (operation, counts) => {
    const total = counts.accepted + counts.refused + counts.failed + counts['not-attempted'];
    const done = operation === 'start' ? 'placed' : 'cancelled';
    return `${count(counts.accepted)} of ${count(total)} ${done}: ${count(counts.refused)} refused, ${count(counts.failed)} failed, ${count(counts['not-attempted'])} not attempted.`;
  },
  failedHint:
    'A failed batch may have taken effect in part: check with callroll phones before trying those numbers again.',

  view: {
    title: (topic, id, status, provider) => `${topic} (${id}) · ${status} · ${provider}`,
    round: (round, time, seconds) => `round ${count(round)} at ${time} · every ${count(seconds)} s`,
    budget: (perRound, perMinute, allowed, limit, share) =>
      `up to ${count(perRound)} calls a round, ${count(perMinute)} a minute, within the ${count(allowed)} allowed (${share} of ${count(limit)})`,
    overBudget: 'one round needs more than the share: rounds are spaced to keep to it on average',
    headers: ['status', 'now', 'last round', 'since start'],
    total: 'total',
    latest: 'latest changes',
    firstLook: (lines) => `first look: ${plural(lines, 'line', 'lines')}`,
    noChanges: '(no change since)',
    added: 'new',
    removed: 'gone',
    footer: 'Ctrl-C stops.',
  },
  meetingEnded: (status) => `The meeting is ${status}: stopped watching.`,
};
