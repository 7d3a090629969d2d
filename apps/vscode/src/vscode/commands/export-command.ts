import * as vscode from 'vscode';
import { collectExport } from '../../export/collect-export.js';
import { exportFileName } from '../../export/export-file-name.js';
import { meetingLabel } from '../../format/format-meeting.js';
import { progressText } from '../../format/format-summary.js';
import { MeetingNode } from '../../tree/meeting-node.js';
import { PhoneListingNode } from '../../tree/phone-listing-node.js';
import type { TreeNode } from '../../tree/tree-node.js';
import { readViewOptions } from '../read-view-options.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

/** Exports a meeting's phone participants to CSV or JSON: a save dialog, then a cancellable progress. */
export function registerExportCommand(services: Services): vscode.Disposable[] {
  const t = vscode.l10n.t;

  const exportPhoneParticipants = async (argument?: unknown) => {
    const node = commandTarget(
      services,
      argument,
      (candidate): candidate is MeetingNode | PhoneListingNode =>
        candidate instanceof MeetingNode || candidate instanceof PhoneListingNode,
    );
    const meetingNode: TreeNode | undefined = node instanceof PhoneListingNode ? node.meeting : node;
    if (!(meetingNode instanceof MeetingNode)) {
      void vscode.window.showInformationMessage(t('Select a meeting in the Callroll view first.'));
      return undefined;
    }
    const { meeting } = meetingNode;
    const format = await vscode.window.showQuickPick(
      [
        { label: 'CSV', description: t('for spreadsheets'), format: 'csv' as const },
        { label: 'JSON', description: t('with the meeting and totals'), format: 'json' as const },
      ],
      {
        title: t('Export phone participants of “{0}”', meetingLabel(meeting)),
        placeHolder: t('File format'),
      },
    );
    if (!format) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const fileName = exportFileName(meeting, format.format);
    const target = await vscode.window.showSaveDialog({
      title: t('Export phone participants of “{0}”', meetingLabel(meeting)),
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, fileName) } : {}),
      filters: format.format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
      saveLabel: t('Export'),
    });
    if (!target) return undefined;
    const result = await exportWithProgress(meetingNode, format.format);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    services.log.info(
      `Exported ${result.count} phone participants of meeting ${meeting.id} as ${format.format}`,
    );
    const open = t('Open');
    void vscode.window
      .showInformationMessage(
        t(
          'Exported {0} phone participants to {1}.',
          result.count.toLocaleString(vscode.env.language),
          target.path.split('/').pop() ?? '',
        ),
        open,
      )
      .then((choice) => (choice === open ? vscode.window.showTextDocument(target) : undefined));
    return target;
  };

  return [registerCommand(services, 'callroll.exportPhoneParticipants', exportPhoneParticipants)];
}

/** Reads and writes out every line, with the count so far in a cancellable notification. */
async function exportWithProgress(meetingNode: MeetingNode, fileFormat: 'csv' | 'json') {
  const t = vscode.l10n.t;
  const { meeting } = meetingNode;
  const provider = await meetingNode.account.provider();
  const options = readViewOptions();
  const total = meetingNode.phoneListing?.providerTotal;
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: t('Exporting phone participants of “{0}”', meetingLabel(meeting)),
      cancellable: true,
    },
    async (progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      let reported = 0;
      try {
        return await collectExport(provider, meeting, {
          format: fileFormat,
          mask: options.mask,
          pageSize: options.pageSize,
          signal: controller.signal,
          onProgress: (count) => {
            const increment = total ? ((count - reported) / total) * 100 : undefined;
            reported = count;
            progress.report({
              message: progressText(count, total, { t, locale: vscode.env.language, mask: options.mask }),
              ...(increment === undefined ? {} : { increment }),
            });
          },
        });
      } finally {
        subscription.dispose();
      }
    },
  );
}
