import {
  type CallOutReport,
  type CallOutTarget,
  cancelCallouts,
  type PhoneStatus,
  type ProviderV1,
  phoneParticipantPages,
  phoneStatusSchema,
  pickRedialTargets,
  placeCallouts,
} from '@callroll/core';
import { parseCallOutTargets } from '../accounts/parse-call-out-targets.js';
import { callOutConfirmationDetail, targetText } from '../callouts/call-out-text.js';

import type { Localize } from '../util/localize.js';
import { readViewOptions } from '../vscode/read-view-options.js';
import type { Services } from '../vscode/services.js';
import { openMeeting, pickAccount } from './tool-accounts.js';

export interface NumbersInput {
  provider?: string;
  account?: string;
  meeting: string;
  numbers: string[];
  /** The calling code of numbers given without one (an 11-digit Chinese mobile needs none). */
  callingCode?: string;
  /** The name the calls show. */
  name?: string;
}

export interface RedialInput {
  provider?: string;
  account?: string;
  meeting: string;
  status?: string[];
}

/** What a confirmation shows before a call-out tool runs (VS Code adds Continue and Cancel). */
export interface Confirmation {
  title: string;
  message: string;
}

/** The numbers a tool was given, read as a person's would be; any it cannot read stops the tool. */
function targetsOf(input: NumbersInput, callingCodes?: readonly string[]): CallOutTarget[] {
  const read = { callingCode: input.callingCode, name: input.name };
  const { targets, unreadable } = parseCallOutTargets(input.numbers.join('\n'), callingCodes, read);
  if (unreadable.length > 0)
    throw new Error(
      `Not callable: ${unreadable.map((entry) => `${entry.entry} (${entry.problem})`).join(', ')}`,
    );
  if (targets.length === 0) throw new Error('Give at least one number');
  return targets;
}

/** Side-effect free, as VS Code asks of `prepareInvocation`: it reads nothing from the provider. */
export function confirmNumbers(
  services: Services,
  operation: 'start' | 'cancel',
  input: NumbersInput,
  t: Localize,
  locale: string,
): Confirmation {
  // From the factory: no request before the person agreed.
  const capabilities = pickAccount(services, input.account, input.provider).capabilities();
  const targets = targetsOf(input, capabilities?.callOutCallingCodes);
  const mask = readViewOptions().mask;
  const batchSize = capabilities?.callOutBatchSize ?? targets.length;
  if (operation === 'cancel')
    return {
      title: t('Cancel {0} call(s)?', targets.length),
      message: t(
        'Cancels the ringing calls to {0} in meeting {1}.',
        targets.map((target) => targetText(target, mask)).join(', '),
        input.meeting,
      ),
    };
  return {
    title: t('Call {0} number(s) into meeting {1}?', targets.length, input.meeting),
    message: callOutConfirmationDetail(targets, batchSize, { t, mask, locale }),
  };
}

export function confirmRedial(input: RedialInput, t: Localize): Confirmation {
  const statuses = statusesOf(input.status);
  return {
    title: t('Call again the {0} numbers of meeting {1}?', [...statuses].join(', '), input.meeting),
    message: t(
      'Each number whose latest call in the meeting is {0} is called again now, and the calls are charged. A request that fails is not sent again.',
      [...statuses].join(', '),
    ),
  };
}

/** `start_callouts` and `cancel_callouts`, through the core's batching (never retried). */
export async function runNumbers(services: Services, operation: 'start' | 'cancel', input: NumbersInput) {
  const { provider, meeting } = await openMeeting(services, input);
  const targets = targetsOf(input, provider.capabilities.callOutCallingCodes);
  const send = operation === 'start' ? placeCallouts : cancelCallouts;
  return reportOf(services, provider, meeting.id, await send(provider, meeting.id, targets));
}

/** `redial`: each number whose latest call is in the statuses (unanswered by default), called again. */
export async function runRedial(services: Services, input: RedialInput) {
  const { provider, meeting } = await openMeeting(services, input);
  const lines = [];
  for await (const page of phoneParticipantPages(provider, meeting.id)) lines.push(...page);
  const { targets, uncallable } = pickRedialTargets(lines, statusesOf(input.status));
  if (targets.length === 0) return { meetingId: meeting.id, placed: 0, uncallable, outcomes: [] };
  return {
    ...reportOf(services, provider, meeting.id, await placeCallouts(provider, meeting.id, targets)),
    uncallable,
  };
}

function statusesOf(statuses: readonly string[] | undefined): Set<PhoneStatus> {
  const list = statuses && statuses.length > 0 ? statuses : ['unanswered'];
  return new Set(list.map((status) => phoneStatusSchema.parse(status)));
}

function reportOf(services: Services, provider: ProviderV1, meetingId: string, report: CallOutReport) {
  const mask = readViewOptions().mask;
  const { counts } = report;
  services.log.info(
    `Language model tool: call-out (${report.operation}) in ${meetingId} on ${provider.id}: ${counts.accepted} accepted, ${counts.refused} refused, ${counts.failed} failed, ${counts['not-attempted']} not attempted`,
  );
  const meetingNode = services.root.meetingNodes().find((node) => node.meeting.id === meetingId);
  if (meetingNode) void services.live.callsPlaced(meetingNode);
  return {
    meetingId,
    operation: report.operation,
    counts,
    complete: report.complete,
    outcomes: report.outcomes.map((outcome) => ({
      number: targetText(outcome.target, mask),
      status: outcome.status,
      ...(outcome.status === 'refused' ? { reason: outcome.reason } : {}),
      ...(outcome.status === 'failed'
        ? { error: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) }
        : {}),
    })),
  };
}
