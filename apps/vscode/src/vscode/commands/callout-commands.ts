import { type CallOutResult, formatPhoneNumber } from '@callroll/core';
import * as vscode from 'vscode';
import { parseCallOutTargets } from '../../accounts/parse-call-out-targets.js';
import { meetingLabel } from '../../format/format-meeting.js';
import { MeetingNode } from '../../tree/meeting-node.js';
import { PhoneParticipantNode } from '../../tree/phone-participant-node.js';
import { readViewOptions } from '../read-view-options.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

/** Call-outs start and cancel real phone calls: each asks for confirmation in a modal dialog. */
export function registerCallOutCommands(services: Services): vscode.Disposable[] {
  const t = vscode.l10n.t;

  const summarize = (result: CallOutResult, mask: boolean) => {
    const refused = result.rejected.map(
      (rejected) => `${formatPhoneNumber(rejected.phone, { mask })}: ${rejected.reason}`,
    );
    return { accepted: result.accepted.length, refused };
  };

  const callOut = async (argument?: unknown) => {
    const node = commandTarget(services, argument, (candidate) => candidate instanceof MeetingNode);
    if (!node) return undefined;
    const provider = await node.account.provider();
    if (!provider.capabilities.callOut || !provider.startCallOut) {
      void vscode.window.showInformationMessage(t('{0} cannot call out.', provider.displayName));
      return undefined;
    }
    const text = await vscode.window.showInputBox({
      title: t('Call out from “{0}”', meetingLabel(node.meeting)),
      prompt: t('Numbers to call, in international format, separated by commas (e.g. +8613800138000).'),
      ignoreFocusOut: true,
      validateInput: (value) => {
        const { targets, unreadable } = parseCallOutTargets(value);
        if (unreadable.length > 0) return t('Not a valid number: {0}', unreadable.join(', '));
        return targets.length === 0 ? t('Enter at least one number') : undefined;
      },
    });
    if (text === undefined) return undefined;
    const { targets } = parseCallOutTargets(text);
    const call = t('Call');
    const confirmed = await vscode.window.showWarningMessage(
      t('Call {0} number(s) into “{1}”?', targets.length, meetingLabel(node.meeting)),
      { modal: true, detail: t('Each number is called now, and the calls may be charged.') },
      call,
    );
    if (confirmed !== call) return undefined;
    const result = await provider.startCallOut(node.meeting.id, targets);
    const { accepted, refused } = summarize(result, readViewOptions().mask);
    services.log.info(`Call-out in ${node.meeting.id}: ${accepted} started, ${refused.length} refused`);
    const message =
      refused.length === 0
        ? t('Calling {0} number(s).', accepted)
        : t('Calling {0} number(s); refused: {1}', accepted, refused.join('; '));
    void (refused.length === 0
      ? vscode.window.showInformationMessage(message)
      : vscode.window.showWarningMessage(message));
    node.phoneListing?.refresh();
    return result;
  };

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
    const result = await provider.cancelCallOut(listing.meetingId, [
      { number: phone.e164, ...(phone.extension ? { extension: phone.extension } : {}) },
    ]);
    const { accepted, refused } = summarize(result, readViewOptions().mask);
    void (accepted > 0
      ? vscode.window.showInformationMessage(t('Call to {0} cancelled.', shown))
      : vscode.window.showWarningMessage(t('The call could not be cancelled: {0}', refused.join('; '))));
    listing.refresh();
    return result;
  };

  return [
    registerCommand(services, 'callroll.callOut', callOut),
    registerCommand(services, 'callroll.cancelCallOut', cancelCallOut),
  ];
}
