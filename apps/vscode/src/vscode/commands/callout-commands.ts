import {
  formatPhoneNumber,
  type PhoneParticipant,
  type ProviderV1,
  phoneParticipantPages,
  pickRedialTargets,
} from '@callroll/core';
import * as vscode from 'vscode';
import { parseCallOutTargets } from '../../accounts/parse-call-out-targets.js';
import { callOutProblemText } from '../../callouts/call-out-problem-text.js';

import { describeError } from '../../format/describe-error.js';
import { meetingLabel } from '../../format/format-meeting.js';
import { MeetingNode } from '../../tree/meeting-node.js';
import { PhoneParticipantNode } from '../../tree/phone-participant-node.js';
import { readViewOptions } from '../read-view-options.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { confirmCallOut, runCallOuts } from './run-call-outs.js';
import { registerCommand } from './run-command.js';

const unanswered = new Set(['unanswered'] as const);

/** Call-outs start and cancel real, charged phone calls: each asks for confirmation in a modal dialog. */
export function registerCallOutCommands(services: Services): vscode.Disposable[] {
  return [
    registerCommand(services, 'callroll.callOut', (argument) => callOut(services, argument)),
    registerCommand(services, 'callroll.redialUnanswered', (argument) =>
      redialUnanswered(services, argument),
    ),
    registerCommand(services, 'callroll.cancelCallOut', (argument) => cancelCallOut(services, argument)),
  ];
}

/** The meeting a command acts on, and its provider when it can call out (says so when it cannot). */
async function callingMeeting(services: Services, argument: unknown) {
  const node = commandTarget(services, argument, (candidate) => candidate instanceof MeetingNode);
  if (!node) return undefined;
  const provider = await node.account.provider();
  if (provider.capabilities.callOut && provider.startCallOut) return { node, provider };
  void vscode.window.showInformationMessage(vscode.l10n.t('{0} cannot call out.', provider.displayName));
  return undefined;
}

async function callOut(services: Services, argument: unknown) {
  const t = vscode.l10n.t;
  const target = await callingMeeting(services, argument);
  if (!target) return undefined;
  const { node, provider } = target;
  const codes = provider.capabilities.callOutCallingCodes;
  const text = await vscode.window.showInputBox({
    title: t('Call out from “{0}”', meetingLabel(node.meeting)),
    prompt: t('Numbers to call, separated by commas: +8613800138000, or a Chinese mobile as 13800138000.'),
    ignoreFocusOut: true,
    validateInput: (value) => {
      const { targets, unreadable } = parseCallOutTargets(value, codes);
      const problems = unreadable.map((entry) => `${entry.entry} (${callOutProblemText(entry.problem, t)})`);
      if (problems.length > 0) return t('Not a valid number: {0}', problems.join(', '));
      return targets.length === 0 ? t('Enter at least one number') : undefined;
    },
  });
  if (text === undefined) return undefined;
  const { targets } = parseCallOutTargets(text, codes);
  const meeting = meetingLabel(node.meeting);
  const run = { operation: 'start', provider, meetingId: node.meeting.id, meeting, targets } as const;
  if (!(await confirmCallOut(run, t('Call {0} number(s) into “{1}”?', targets.length, meeting))))
    return undefined;
  const report = await runCallOuts(services, run);
  await services.live.callsPlaced(node);
  return report;
}

/** "Redial unanswered": each number whose latest call went unanswered, read afresh, called again. */
async function redialUnanswered(services: Services, argument: unknown) {
  const t = vscode.l10n.t;
  const target = await callingMeeting(services, argument);
  if (!target) return undefined;
  const { node, provider } = target;
  const meeting = meetingLabel(node.meeting);
  const { targets, uncallable } = pickRedialTargets(
    await readLines(provider, node.meeting.id, meeting),
    unanswered,
  );
  if (uncallable > 0)
    services.log.info(
      `Redial in ${node.meeting.id}: ${uncallable} unanswered line(s) have no callable number`,
    );
  if (targets.length === 0) {
    void vscode.window.showInformationMessage(t('No unanswered calls to redial in “{0}”.', meeting));
    return undefined;
  }
  const run = { operation: 'start', provider, meetingId: node.meeting.id, meeting, targets } as const;
  const question = t('Call {0} unanswered number(s) again into “{1}”?', targets.length, meeting);
  if (!(await confirmCallOut(run, question))) return undefined;
  const report = await runCallOuts(services, run);
  await services.live.callsPlaced(node);
  return report;
}

/** Every line of the meeting as it is now (a redial must not go by rows read minutes ago). */
function readLines(provider: ProviderV1, meetingId: string, meeting: string): Thenable<PhoneParticipant[]> {
  const title = vscode.l10n.t('Reading the calls of “{0}”', meeting);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (_progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      const lines: PhoneParticipant[] = [];
      try {
        for await (const page of phoneParticipantPages(provider, meetingId, { signal: controller.signal }))
          lines.push(...page);
        return lines;
      } finally {
        subscription.dispose();
      }
    },
  );
}

async function cancelCallOut(services: Services, argument: unknown) {
  const t = vscode.l10n.t;
  const node = commandTarget(services, argument, (candidate) => candidate instanceof PhoneParticipantNode);
  if (!node?.owner.provider.cancelCallOut) return undefined;
  const { provider, meetingId, meeting } = node.owner;
  const { phone } = node.participant;
  if (!phone.parsed) {
    void vscode.window.showWarningMessage(t('This number cannot be read, so its call cannot be cancelled.'));
    return undefined;
  }
  const shown = formatPhoneNumber(phone, { mask: readViewOptions().mask });
  const cancel = t('Cancel call');
  const confirmed = await vscode.window.showWarningMessage(
    t('Cancel the call to {0}?', shown),
    { modal: true, detail: t('Only a call that is still ringing can be cancelled.') },
    cancel,
  );
  if (confirmed !== cancel) return undefined;
  const targets = [{ number: phone.e164, ...(phone.extension ? { extension: phone.extension } : {}) }];
  const report = await runCallOuts(services, {
    operation: 'cancel',
    provider,
    meetingId,
    meeting: meetingId,
    targets,
  });
  const [outcome] = report.outcomes;
  const reason =
    outcome?.status === 'refused'
      ? outcome.reason
      : describeError(report.failure, t, { locale: vscode.env.language }).summary;
  void (report.complete
    ? vscode.window.showInformationMessage(t('Call to {0} cancelled.', shown))
    : vscode.window.showWarningMessage(t('The call could not be cancelled: {0}', reason)));
  await services.live.callsPlaced(meeting);
  return report;
}
