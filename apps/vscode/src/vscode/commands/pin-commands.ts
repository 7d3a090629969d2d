import * as vscode from 'vscode';
import type { Account } from '../../accounts/account.js';
import { RegisteredAccount } from '../../accounts/registered-account.js';
import { accountNodeOf } from '../../tree/account-node.js';
import { ErrorNode } from '../../tree/error-node.js';
import { MeetingNode } from '../../tree/meeting-node.js';
import type { TreeNode } from '../../tree/tree-node.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

export function registerPinCommands(services: Services): vscode.Disposable[] {
  const t = vscode.l10n.t;

  const setPins = async (account: Account, pins: readonly string[]) => {
    if (account instanceof RegisteredAccount) services.accounts.setRegisteredPins(account, pins);
    else {
      await services.store.update(account.id, { pinnedMeetings: pins });
      services.accounts.sync();
    }
  };

  const addPinnedMeeting = async (argument?: unknown) => {
    const node = commandTarget(services, argument, (candidate): candidate is TreeNode => true);
    let account = accountNodeOf(node)?.account;
    if (!account) {
      const accounts = services.accounts.list();
      const picked =
        accounts.length === 1
          ? { account: accounts[0] as Account }
          : await vscode.window.showQuickPick(
              accounts.map((candidate) => ({
                label: candidate.label,
                description: candidate.providerName(),
                account: candidate,
              })),
              { placeHolder: t('Pin a meeting of which account?') },
            );
      account = picked?.account;
    }
    if (!account) return undefined;
    // Run on a meeting row: pin that meeting. Elsewhere: ask for an id or code.
    let ref: string | undefined =
      node instanceof MeetingNode && node.pinRef === undefined
        ? (node.meeting.code ?? node.meeting.id)
        : undefined;
    if (ref === undefined) {
      const capabilities = account.capabilities();
      ref = (
        await vscode.window.showInputBox({
          title: t('Pin a meeting to “{0}”', account.label),
          prompt: capabilities?.meetingCodes
            ? t('The meeting’s id, or the code people type to join it.')
            : t('The meeting’s id.'),
          ignoreFocusOut: true,
          validateInput: (value) => (value.trim() === '' ? t('An id or code is required') : undefined),
        })
      )?.trim();
    }
    if (!ref) return undefined;
    if (account.pinnedMeetings.includes(ref)) return ref;
    await setPins(account, [...account.pinnedMeetings, ref]);
    return ref;
  };

  const removePinnedMeeting = async (argument?: unknown) => {
    const node = commandTarget(
      services,
      argument,
      (candidate): candidate is MeetingNode | ErrorNode =>
        (candidate instanceof MeetingNode || candidate instanceof ErrorNode) &&
        candidate.pinRef !== undefined,
    );
    const account = accountNodeOf(node)?.account;
    const ref = node?.pinRef;
    if (!account || ref === undefined) return;
    await setPins(
      account,
      account.pinnedMeetings.filter((pinned) => pinned !== ref),
    );
  };

  return [
    registerCommand(services, 'callroll.addPinnedMeeting', addPinnedMeeting),
    registerCommand(services, 'callroll.removePinnedMeeting', removePinnedMeeting),
  ];
}
