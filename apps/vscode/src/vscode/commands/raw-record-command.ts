import * as vscode from 'vscode';
import { maskRawRecord } from '../../format/mask-raw-record.js';
import { MeetingNode } from '../../tree/meeting-node.js';
import { ParticipantNode } from '../../tree/participant-node.js';
import { PhoneParticipantNode } from '../../tree/phone-participant-node.js';
import { RawRecordDocuments, rawRecordScheme } from '../raw-record-documents.js';
import { readViewOptions } from '../read-view-options.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

const safeName = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'record';

/**
 * The provider's own record of a row, as JSON in a read-only editor (for debugging and support),
 * its numbers masked while masking is on.
 */
export function registerRawRecordCommand(services: Services): vscode.Disposable[] {
  const documents = new RawRecordDocuments();
  return [
    vscode.workspace.registerTextDocumentContentProvider(rawRecordScheme, documents),
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
      const phone = node instanceof PhoneParticipantNode ? node.participant.phone : undefined;
      const shown = readViewOptions().mask ? maskRawRecord(raw ?? null, phone) : (raw ?? null);
      // Named by ids only: a tab title must not show a number.
      const name =
        node instanceof MeetingNode
          ? `meeting-${safeName(node.meeting.id)}`
          : `participant-${safeName(node.participant.participantId ?? node.id.split('/').pop() ?? '')}`;
      const uri = documents.add(name, `${JSON.stringify(shown, null, 2)}\n`);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: true });
      return document;
    }),
  ];
}
