import * as vscode from 'vscode';
import { ParticipantNode } from '../../tree/participant-node.js';
import { PhoneParticipantNode } from '../../tree/phone-participant-node.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

/** The number as a dialler takes it: E.164 (the whole number, on purpose), else as received. */
export function dialableNumber(node: PhoneParticipantNode): string {
  const { phone } = node.participant;
  const number = phone.parsed ? phone.e164 : phone.raw.replace(/ ext\. .*$/, '');
  return phone.extension ? `${number};ext=${phone.extension}` : number;
}

export function registerCopyCommands(services: Services): vscode.Disposable[] {
  const t = vscode.l10n.t;
  return [
    registerCommand(services, 'callroll.copyNumber', async (argument) => {
      const node = commandTarget(
        services,
        argument,
        (candidate) => candidate instanceof PhoneParticipantNode,
      );
      if (!node) return undefined;
      await vscode.env.clipboard.writeText(dialableNumber(node));
      // The status bar, not a toast, and without the number: screens get shared.
      vscode.window.setStatusBarMessage(t('Number copied'), 3000);
      return true;
    }),
    registerCommand(services, 'callroll.copyParticipantId', async (argument) => {
      const node = commandTarget(
        services,
        argument,
        (candidate): candidate is PhoneParticipantNode | ParticipantNode =>
          candidate instanceof PhoneParticipantNode || candidate instanceof ParticipantNode,
      );
      const id = node?.participant.participantId;
      if (id === undefined) return undefined;
      await vscode.env.clipboard.writeText(id);
      vscode.window.setStatusBarMessage(t('Participant id copied'), 3000);
      return true;
    }),
  ];
}
