import { formatPhoneNumber, type PhoneParticipant, phoneParticipantPages } from '@callroll/core';
import * as vscode from 'vscode';
import { parseCallOutTargets } from '../../accounts/parse-call-out-targets.js';
import { callOutProblemText } from '../../callouts/call-out-problem-text.js';
import { redialTargets } from '../../callouts/redial-targets.js';
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
  const t = vscode.l10n.t;
  const meetingOf = (argument: unknown) =>
    commandTarget(services, argument, (candidate) => candidate instanceof MeetingNode);

  /** The meeting's provider when it can call out; says so when it cannot. */
  const callingProvider = async (node: MeetingNode) => {
    const provider = await node.account.provider();
    if (provider.capabilities.callOut && provider.startCallOut) return provider;
    void vscode.window.showInformationMessage(t('{0} cannot call out.', provider.displayName));
    return undefined;
  };

  const callOut = async (argument?: unknown) => {
    const node = meetingOf(argument);
    const provider = node && (await callingProvider(node));
    if (!node || !provider) return undefined;
    const codes = provider.capabilities.callOutCallingCodes;
    const text = await vscode.window.showInputBox({
      title: t('Call out from “{0}”', meetingLabel(node.meeting)),
      prompt: t('Numbers to call, separated by commas: +8613800138000, or a Chinese mobile as 13800138000.'),
      ignoreFocusOut: true,
      validateInput: (value) => {
        const { targets, unreadable } = parseCallOutTargets(value, codes);
        const problems = unreadable.map(
          (entry) => `${entry.entry} (${callOutProblemText(entry.problem, t)})`,
        );
        if (problems.length > 0) return t('Not a valid number: {0}', problems.join(', '));
        return targets.length === 0 ? t('Enter at least one number') : undefined;
      },
    });
    if (text === undefined) return undefined;
    const { targets } = parseCallOutTargets(text, codes);
    const run = {
      operation: 'start',
      provider,
      meetingId: node.meeting.id,
      meeting: meetingLabel(node.meeting),
      targets,
    } as const;
    if (!(await confirmCallOut(run, t('Call {0} number(s) into “{1}”?', targets.length, run.meeting))))
      return undefined;
    const report = await runCallOuts(services, run);
    await services.live.callsPlaced(node);
    return report;
  };

  const redialUnanswered = async (argument?: unknown) => {
    const node = meetingOf(argument);
    const provider = node && (await callingProvider(node));
    if (!node || !provider) return undefined;
    const label = meetingLabel(node.meeting);
    const lines = await readLines(provider, node.meeting.id, label);
    const { targets, uncallable } = redialTargets(lines, unanswered);
    if (uncallable > 0)
      services.log.info(
        `Redial in ${node.meeting.id}: ${uncallable} unanswered line(s) have no callable number`,
      );
    if (targets.length === 0) {
      void vscode.window.showInformationMessage(t('No unanswered calls to redial in “{0}”.', label));
      return undefined;
    }
    const run = {
      operation: 'start',
      provider,
      meetingId: node.meeting.id,
      meeting: label,
      targets,
    } as const;
    const question = t('Call {0} unanswered number(s) again into “{1}”?', targets.length, label);
    if (!(await confirmCallOut(run, question))) return undefined;
    const report = await runCallOuts(services, run);
    await services.live.callsPlaced(node);
    return report;
  };

  /** Every line of the meeting as it is now (a redial must not go by rows read minutes ago). */
  const readLines = (
    provider: Awaited<ReturnType<MeetingNode['account']['provider']>>,
    meetingId: string,
    label: string,
  ) =>
    vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: t('Reading the calls of “{0}”', label),
        cancellable: true,
      },
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

  const cancelCallOut = async (argument?: unknown) => {
    const node = commandTarget(services, argument, (candidate) => candidate instanceof PhoneParticipantNode);
    if (!node) return undefined;
    const listing = node.owner;
    const { provider } = listing;
    if (!provider.cancelCallOut) return undefined;
    const { phone } = node.participant;
    if (!phone.parsed) {
      void vscode.window.showWarningMessage(
        t('This number cannot be read, so its call cannot be cancelled.'),
      );
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
    const target = { number: phone.e164, ...(phone.extension ? { extension: phone.extension } : {}) };
    const report = await runCallOuts(services, {
      operation: 'cancel',
      provider,
      meetingId: listing.meetingId,
      meeting: listing.meetingId,
      targets: [target],
    });
    const [outcome] = report.outcomes;
    const reason =
      outcome?.status === 'refused'
        ? outcome.reason
        : describeError(report.failure, t, { locale: vscode.env.language }).summary;
    void (report.complete
      ? vscode.window.showInformationMessage(t('Call to {0} cancelled.', shown))
      : vscode.window.showWarningMessage(t('The call could not be cancelled: {0}', reason)));
    await services.live.callsPlaced(listing.meeting);
    return report;
  };

  return [
    registerCommand(services, 'callroll.callOut', callOut),
    registerCommand(services, 'callroll.redialUnanswered', redialUnanswered),
    registerCommand(services, 'callroll.cancelCallOut', cancelCallOut),
  ];
}
