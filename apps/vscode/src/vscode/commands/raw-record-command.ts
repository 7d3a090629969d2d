import * as vscode from 'vscode';
import { MeetingNode } from '../../tree/meeting-node.js';
import { ParticipantNode } from '../../tree/participant-node.js';
import { PhoneParticipantNode } from '../../tree/phone-participant-node.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

/** The provider's own record of a row, as JSON in an untitled editor (for debugging and support). */
export function registerRawRecordCommand(services: Services): vscode.Disposable[] {
  return [
    registerCommand(services, 'callroll.openRawRecord', async (argument) => {
      const node = commandTarget(
        services,
        argument,
        (candidate): candidate is MeetingNode | PhoneParticipantNode | ParticipantNode =>
          candidate instanceof MeetingNode ||
          candidate instanceof PhoneParticipantNode ||
          candidate instanceof ParticipantNode,
      );
      if (!node) return undefined;
      const raw = node instanceof MeetingNode ? node.meeting.raw : node.participant.raw;
      const document = await vscode.workspace.openTextDocument({
        language: 'json',
        content: `${JSON.stringify(raw ?? null, null, 2)}\n`,
      });
      await vscode.window.showTextDocument(document, { preview: true });
      return document;
    }),
  ];
}
