import { summarizePhoneParticipants } from '@callroll/core';
import * as vscode from 'vscode';
import { meetingLabel } from '../../format/format-meeting.js';
import { progressText } from '../../format/format-summary.js';
import { MeetingNode } from '../../tree/meeting-node.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

/**
 * "Count calls": the whole meeting's counts by status, duration and exact cost on its row, read
 * on demand (for providers whose lists do not bring them; see `summarizesWithList`). An opened
 * meeting reads the rest of its list, which then also groups by status; another is summed by the
 * core's `summarizePhoneParticipants` without keeping its rows.
 */
export function registerSummaryCommand(services: Services): vscode.Disposable[] {
  const t = vscode.l10n.t;

  const countCalls = async (argument?: unknown) => {
    const node = commandTarget(services, argument, (candidate) => candidate instanceof MeetingNode);
    if (!node) return undefined;
    const provider = await node.account.provider();
    const format = { t, locale: vscode.env.language, mask: true };
    return vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: t('Counting the calls of “{0}”', meetingLabel(node.meeting)),
        cancellable: true,
      },
      async (progress, token) => {
        const listing = node.phoneListing;
        if (listing) {
          await listing.readAll(() =>
            progress.report({ message: progressText(listing.items.length, listing.providerTotal, format) }),
          );
          return node.summaryState();
        }
        const controller = new AbortController();
        const subscription = token.onCancellationRequested(() => controller.abort());
        let read = 0;
        try {
          node.setSummary({ kind: 'reading', read });
          const summary = await summarizePhoneParticipants(provider, node.meeting.id, {
            signal: controller.signal,
            onPage: (page) => {
              read += page.items.length;
              node.setSummary({ kind: 'reading', read, total: page.total });
              progress.report({ message: progressText(read, page.total, format) });
            },
          });
          node.setSummary({ kind: 'ready', summary });
          return node.summaryState();
        } catch (error) {
          node.setSummary({ kind: 'failed', error });
          throw error;
        } finally {
          subscription.dispose();
        }
      },
    );
  };

  return [registerCommand(services, 'callroll.countCalls', countCalls)];
}
